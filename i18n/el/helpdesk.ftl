# el: helpdesk messages (the helpdesk console).
