# en: expiry messages (password-expiry reminders).
