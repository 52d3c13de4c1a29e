# en: helpdesk messages (the helpdesk console).
