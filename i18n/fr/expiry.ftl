# fr: expiry messages (password-expiry reminders).
