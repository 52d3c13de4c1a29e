# el: expiry messages (password-expiry reminders).
