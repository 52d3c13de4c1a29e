# fr: helpdesk messages (the helpdesk console).
