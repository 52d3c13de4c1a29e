# it: expiry messages (password-expiry reminders).
