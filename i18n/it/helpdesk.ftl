# it: helpdesk messages (the helpdesk console).
