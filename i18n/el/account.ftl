# mypassword: sign-in, account page, password change, contacts, recovery. Keep ids identical in el, en, it, fr.
login-title = Είσοδος
login-intro = Καλωσήλθατε στην Υπηρεσία Διαχείρισης Κωδικού Χρήστη! Η υπηρεσία σας παρέχει τη δυνατότητα εισαγωγής νέου κωδικού σε περίπτωση που τον έχετε ξεχάσει και αλλαγής του κωδικού σας με ασφαλή τρόπο.
login-username = Όνομα Χρήστη
login-password = Κωδικός
login-submit = Είσοδος
login-forgot-password = Έχω ξεχάσει τον κωδικό μου
login-forgot-username = Έχω ξεχάσει το όνομα χρήστη μου
login-activate = Ενεργοποίηση λογαριασμού
logout = Αποσύνδεση
signed-in-as = Συνδεθήκατε ως: { $username }
nav-account = Αρχική
nav-change-password = Αλλαγή Κωδικού
nav-contacts = Καταχώριση στοιχείων
nav-account-info = Πληροφορίες Λογαριασμού
nav-security-question = Ερώτηση ασφαλείας
account-title = Υπηρεσία Διαχείρισης Κωδικού Χρήστη
account-username = Όνομα Χρήστη
account-name = Ονοματεπώνυμο
account-roles = Ιδιότητες
account-recovery-email = Δευτερεύον email
account-recovery-mobile = Κινητό τηλέφωνο
account-none = δεν έχει καταχωρηθεί
account-password-changed = Τελευταία αλλαγή κωδικού
account-password-expires = Λήξη κωδικού
account-must-change = Πρέπει να αλλάξετε τον κωδικό σας πριν κάνετε οτιδήποτε άλλο.
account-expiry-warning = Ο κωδικός σας λήγει σε { $days ->
    [one] μία ημέρα
   *[other] { $days } ημέρες
}. Παρακαλούμε αλλάξτε τον.
account-grace-warning = Ο κωδικός σας έχει λήξει. Μπορείτε να συνδεθείτε με αυτόν { $left ->
    [one] ακόμη μία φορά
   *[other] ακόμη { $left } φορές
}: αλλάξτε τον τώρα.
account-no-contacts = Δεν έχετε καταχωρήσει δευτερεύον email ή κινητό τηλέφωνο. Χωρίς αυτά, θα είναι αδύνατη η ανάκτηση του κωδικού σας: καταχωρήστε τα τώρα στην καρτέλα «Καταχώριση στοιχείων».
change-title = Αλλαγή Κωδικού
change-current = Τρέχων κωδικός
change-new = Νέος κωδικός
change-confirm = Νέος κωδικός (επιβεβαίωση)
change-submit = Αποθήκευση
change-done-title = Ο κωδικός σας άλλαξε
account-changed-reminder = Ο νέος κωδικός που μόλις θέσατε ισχύει πλέον για την είσοδό σας σε όλες τις ψηφιακές υπηρεσίες του Ιδρύματος. ΠΡΟΣΟΧΗ: αν είχατε τον παλιό σας κωδικό αποθηκευμένο στον browser σας ή σε mail client (Thunderbird, Outlook κ.λπ.), θα πρέπει να τον αλλάξετε με τον νέο κωδικό.
contacts-title = Καταχώριση στοιχείων
contacts-intro = Καταχωρήστε ένα δευτερεύον email και τον αριθμό του κινητού σας τηλεφώνου, ώστε σε περίπτωση που ξεχάσετε τον κωδικό σας να μπορείτε να τον ανακτήσετε άμεσα.
contacts-email = Δευτερεύον email (όχι το ιδρυματικό)
contacts-mobile = Κινητό τηλέφωνο
contacts-new-value = Νέα τιμή
contacts-password = Ο κωδικός σας (για λόγους ασφαλείας)
contacts-save = Αποστολή κωδικού επιβεβαίωσης
contacts-remove = Διαγραφή
contacts-verify-title = Επιβεβαίωση του νέου στοιχείου
contacts-verify-intro = Στείλαμε έναν κωδικό στο νέο email ή κινητό. Το στοιχείο θα αποθηκευτεί μόνο αφού εισαγάγετε τον κωδικό εδώ.
contacts-verify-submit = Επιβεβαίωση
contacts-stored = Το νέο στοιχείο επιβεβαιώθηκε και αποθηκεύτηκε.
contacts-removed = Το στοιχείο διαγράφηκε.
question-title = Ερώτηση ασφαλείας
question-intro = Η ερώτηση ασφαλείας σάς επιτρέπει να ανακτήσετε τον κωδικό σας με τον αριθμό μητρώου και την ημερομηνία γέννησής σας.
question-question = Η ερώτησή σας
question-answer = Η απάντησή σας
question-save = Αποθήκευση
question-stored = Η ερώτηση ασφαλείας σας αποθηκεύτηκε.
recover-title = Επιβεβαίωση στοιχείων χρήστη για εισαγωγή νέου κωδικού
recover-intro = Σε περίπτωση που έχετε ξεχάσει τον κωδικό σας, απαιτείται να γίνει επιβεβαίωση των στοιχείων σας για λόγους ασφαλείας και στη συνέχεια θα προχωρήσετε στην εισαγωγή νέου κωδικού.
recover-username = Όνομα Χρήστη
recover-contact = Εισάγετε το δευτερεύον email ή τον αριθμό κινητού τηλεφώνου που έχετε καταχωρήσει
recover-personal-number = Αριθμός μητρώου
recover-personal-number-hint = Για φοιτητές ο αριθμός μητρώου ή ο εθνικός αριθμός φοιτητή (INE), για το προσωπικό ο αριθμός μητρώου προσωπικού, σε κάθε άλλη περίπτωση ο μοναδικός κωδικός που σας έχει δοθεί.
recover-birth-date = Ημερομηνία γέννησης
recover-birth-date-hint = ηη/μμ/εεεε
recover-channel = Επιλέξτε έναν από τους παρακάτω τρόπους αποστολής
recover-by-email = Αποστολή με e-mail
recover-by-sms = Αποστολή με sms
recover-continue = Συνέχεια
recover-no-contacts = Η ανάκτηση κωδικού είναι δυνατή μόνο αν έχετε ήδη καταχωρήσει δευτερεύον email ή κινητό τηλέφωνο. Αν δεν τα έχετε καταχωρήσει ή δεν τα έχετε καταχωρήσει σωστά, επικοινωνήστε με: { $contact }.
recover-sent-title = Ελέγξτε τα μηνύματά σας
recover-sent = Αν τα στοιχεία που εισαγάγατε αντιστοιχούν σε λογαριασμό με καταχωρημένα στοιχεία επικοινωνίας, σας έχουν σταλεί εκεί οδηγίες για την εισαγωγή νέου κωδικού. Ο σύνδεσμος είναι έγκυρος για { $minutes } λεπτά.
recover-pin-title = Εισαγωγή κωδικού
recover-pin-intro = Αν τα στοιχεία που εισαγάγατε αντιστοιχούν σε λογαριασμό με καταχωρημένο κινητό τηλέφωνο, σας έχει σταλεί εκεί ένας κωδικός με sms.
recover-pin-label = Κωδικός που λάβατε με sms
recover-question-title = Ερώτηση ασφαλείας
recover-answer = Η απάντησή σας
recover-new-title = Εισαγωγή νέου κωδικού
recover-new-password = Νέος κωδικός
recover-new-confirm = Νέος κωδικός (επιβεβαίωση)
recover-accept-rules = Δηλώνω ότι έχω λάβει γνώση του εσωτερικού κανονισμού.
recover-rules-must = Για να είναι έγκυρος, ο κωδικός σας:
recover-submit = Επιβεβαίωση
recover-done-title = Ο κωδικός σας άλλαξε
recover-done = Ο κωδικός σας άλλαξε· σας στάλθηκε επιβεβαίωση στα στοιχεία επικοινωνίας σας. Συνδεθείτε με τον νέο σας κωδικό.
recover-link-dead = Ο σύνδεσμος αυτός έχει λήξει, έχει ήδη χρησιμοποιηθεί ή έχει σταλεί νεότερος. Ζητήστε νέο σύνδεσμο.
username-title = Έχω ξεχάσει το όνομα χρήστη μου
username-intro = Εισάγετε τον αριθμό μητρώου και την ημερομηνία γέννησής σας ή το δευτερεύον email που έχετε καταχωρήσει. Θα στείλουμε το όνομα χρήστη σας στα στοιχεία επικοινωνίας που έχετε καταχωρήσει· δεν εμφανίζεται ποτέ σε αυτή τη σελίδα.
username-email = Δευτερεύον email
username-or = ή
username-submit = Αποστολή του ονόματος χρήστη μου
username-sent = Αν τα στοιχεία αντιστοιχούν σε λογαριασμό, το όνομα χρήστη στάλθηκε στα καταχωρημένα στοιχεία επικοινωνίας του.
# Messages sent by email and SMS.
contact-pin-subject = Επιβεβαίωση στοιχείων ανάκτησης κωδικού
contact-pin-email = Ο κωδικός επιβεβαίωσης των στοιχείων σας ({ $institution }) είναι { $pin }. Είναι έγκυρος για { $minutes } λεπτά. Αν δεν τον ζητήσατε, αγνοήστε αυτό το μήνυμα.
contact-pin-sms = { $institution }: κωδικός επιβεβαίωσης { $pin } (ισχύει { $minutes } λεπτά).
recovery-pin-sms = { $institution }: κωδικός ανάκτησης { $pin } (ισχύει { $minutes } λεπτά). Μην τον δώσετε σε κανέναν.
recovery-link-subject = Εισαγωγή νέου κωδικού
recovery-link-email = Ζητήθηκε η εισαγωγή νέου κωδικού για τον λογαριασμό { $username } ({ $institution }). Για να τον ορίσετε, ανοίξτε αυτόν τον σύνδεσμο μέσα σε { $minutes } λεπτά: { $url } Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το μήνυμα: ο κωδικός σας παραμένει ως έχει.
recovery-username-subject = Το όνομα χρήστη σας
recovery-username-email = Το όνομα χρήστη σας ({ $institution }) είναι: { $username }
security-question-1 = Ποιο ήταν το όνομα του πρώτου σας σχολείου;
security-question-2 = Σε ποια πόλη παντρεύτηκαν οι γονείς σας;
security-question-3 = Ποιο ήταν το όνομα του πρώτου σας κατοικίδιου;
security-question-4 = Ποιο είναι το όνομα του δρόμου όπου μεγαλώσατε;
notice-password-changed-subject = Ο κωδικός σας άλλαξε
notice-password-changed = Ο κωδικός του λογαριασμού σας { $username } ({ $institution }) άλλαξε. Αν δεν το κάνατε εσείς, επικοινωνήστε αμέσως με την υποστήριξη χρηστών.
notice-password-changed-sms = { $institution }: ο κωδικός του { $username } άλλαξε. Δεν ήσασταν εσείς; Ενημερώστε την υποστήριξη.
notice-password-reset-subject = Έγινε επαναφορά του κωδικού σας
notice-password-reset = Έγινε επαναφορά του κωδικού του λογαριασμού σας { $username } ({ $institution }) μέσω της ανάκτησης κωδικού. Αν δεν το κάνατε εσείς, επικοινωνήστε αμέσως με την υποστήριξη χρηστών.
notice-password-reset-sms = { $institution }: έγινε επαναφορά του κωδικού του { $username }. Δεν ήσασταν εσείς; Ενημερώστε την υποστήριξη.
notice-email-changed-subject = Το δευτερεύον email σας άλλαξε
notice-email-changed = Το δευτερεύον email του λογαριασμού σας { $username } ({ $institution }) άλλαξε. Αν δεν το κάνατε εσείς, επικοινωνήστε αμέσως με την υποστήριξη χρηστών.
notice-email-changed-sms = { $institution }: το δευτερεύον email του { $username } άλλαξε.
notice-mobile-changed-subject = Το κινητό ανάκτησης κωδικού άλλαξε
notice-mobile-changed = Το κινητό τηλέφωνο ανάκτησης κωδικού του λογαριασμού σας { $username } ({ $institution }) άλλαξε. Αν δεν το κάνατε εσείς, επικοινωνήστε αμέσως με την υποστήριξη χρηστών.
notice-mobile-changed-sms = { $institution }: το κινητό ανάκτησης του { $username } άλλαξε.
notice-email-removed-subject = Το δευτερεύον email σας διαγράφηκε
notice-email-removed = Το δευτερεύον email του λογαριασμού σας { $username } ({ $institution }) διαγράφηκε. Αν δεν το κάνατε εσείς, επικοινωνήστε αμέσως με την υποστήριξη χρηστών.
notice-email-removed-sms = { $institution }: το δευτερεύον email του { $username } διαγράφηκε.
notice-mobile-removed-subject = Το κινητό ανάκτησης κωδικού διαγράφηκε
notice-mobile-removed = Το κινητό τηλέφωνο ανάκτησης κωδικού του λογαριασμού σας { $username } ({ $institution }) διαγράφηκε. Αν δεν το κάνατε εσείς, επικοινωνήστε αμέσως με την υποστήριξη χρηστών.
notice-mobile-removed-sms = { $institution }: το κινητό ανάκτησης του { $username } διαγράφηκε.
# Errors.
journey-invalid_credentials = Λανθασμένο όνομα χρήστη ή κωδικός. Αν έχετε ξεχάσει τον κωδικό σας ή ο λογαριασμός σας έχει κλειδωθεί, χρησιμοποιήστε την ανάκτηση κωδικού.
journey-too_many_failures = Πάρα πολλές αποτυχημένες προσπάθειες εισόδου. Περιμένετε λίγο ή χρησιμοποιήστε την ανάκτηση κωδικού.
journey-not_signed_in = Παρακαλούμε συνδεθείτε.
journey-must_change_password = Παρακαλούμε αλλάξτε πρώτα τον κωδικό σας.
journey-reauth_required = Παρακαλούμε εισάγετε ξανά τον κωδικό σας.
journey-not_offered = Η λειτουργία αυτή δεν παρέχεται εδώ.
journey-link_invalid = Ο σύνδεσμος αυτός έχει λήξει, έχει ήδη χρησιμοποιηθεί ή έχει σταλεί νεότερος. Ζητήστε νέο σύνδεσμο.
journey-answer_wrong = Η απάντηση στην ερώτηση ασφαλείας είναι λανθασμένη. { $left ->
    [one] Απομένει μία προσπάθεια.
   *[other] Απομένουν { $left } προσπάθειες.
}
journey-answer_exhausted = Πάρα πολλές λανθασμένες απαντήσεις στην ερώτηση ασφαλείας. Δοκιμάστε ξανά αύριο ή επικοινωνήστε με την υποστήριξη χρηστών.
journey-recovery_expired = Αυτή η ανάκτηση κωδικού έχει λήξει ή έχει ήδη ολοκληρωθεί. Παρακαλούμε ξεκινήστε από την αρχή.
ppolicy-password_expired = Ο κωδικός σας έχει λήξει.
ppolicy-account_locked = Ο λογαριασμός είναι κλειδωμένος. Χρησιμοποιήστε την ανάκτηση κωδικού για να τον ξεκλειδώσετε.
ppolicy-change_after_reset = Έγινε επαναφορά του κωδικού σας και πρέπει να τον αλλάξετε τώρα.
ppolicy-password_mod_not_allowed = Δεν επιτρέπεται να αλλάξετε αυτόν τον κωδικό. Επικοινωνήστε με την υποστήριξη χρηστών.
ppolicy-must_supply_old_password = Εισάγετε τον τρέχοντα κωδικό σας.
ppolicy-insufficient_password_quality = Ο κατάλογος χρηστών απέρριψε αυτόν τον κωδικό ως πολύ αδύναμο.
ppolicy-password_too_short = Ο κατάλογος χρηστών απέρριψε αυτόν τον κωδικό ως πολύ σύντομο.
ppolicy-password_too_young = Ο κωδικός σας άλλαξε πολύ πρόσφατα· δοκιμάστε ξανά αργότερα.
ppolicy-password_in_history = Χρησιμοποιήσατε αυτόν τον κωδικό πρόσφατα· επιλέξτε έναν άλλον.
ppolicy-password_too_long = Ο κατάλογος χρηστών απέρριψε αυτόν τον κωδικό ως πολύ μεγάλο.
ppolicy-other = Ο κατάλογος χρηστών απέρριψε αυτόν τον κωδικό.
field-current_password_wrong = Αυτός δεν είναι ο τρέχων κωδικός σας.
field-channel_not_offered = Αυτός ο τρόπος αποστολής δεν παρέχεται.
field-rules_not_accepted = Πρέπει να δηλώσετε ότι έχετε λάβει γνώση του κανονισμού.
field-question_unknown = Επιλέξτε μία από τις προτεινόμενες ερωτήσεις.
field-answer_length = Η απάντηση πρέπει να έχει από 3 έως 200 χαρακτήρες.
account-end-others = Αποσύνδεση από όλες τις άλλες συσκευές
account-end-others-help = Τερματίζει όλες τις άλλες συνεδρίες του λογαριασμού σας εδώ, σε οποιαδήποτε συσκευή (για παράδειγμα σε έναν υπολογιστή όπου ξεχάσατε να αποσυνδεθείτε).
account-ended-others =
    { $count ->
        [one] Τερματίστηκε μία άλλη συνεδρία.
       *[other] Τερματίστηκαν { $count } άλλες συνεδρίες.
    }
