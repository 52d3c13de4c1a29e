# Password policy (src/policy). Ids: policy-<code> tells the user what to do
# about a violation; policy-rule-<code> describes an active rule up front;
# policy-hint-<code> is strength feedback. Arguments are numbers unless noted.
# nl: policy-rule-* are full sentences: they are listed after a lead-in that is
# itself a sentence (activation-password-rules, recover-rules-must), with no
# lead-in on the change-password page, and in the API.

## Violations

policy-too-short =
    { $min ->
        [one] Gebruik minimaal { $min } teken.
       *[other] Gebruik minimaal { $min } tekens.
    }
policy-too-long =
    { $max ->
        [one] Gebruik maximaal { $max } teken.
       *[other] Gebruik maximaal { $max } tekens.
    }
policy-control-character = Verwijder stuurtekens (zoals een NUL of een tab) uit het wachtwoord.
policy-blank = Een wachtwoord van alleen spaties is geen wachtwoord: gebruik letters, cijfers of speciale tekens.
policy-min-lower =
    { $min ->
        [one] Voeg minimaal { $min } kleine letter toe.
       *[other] Voeg minimaal { $min } kleine letters toe.
    }
policy-min-upper =
    { $min ->
        [one] Voeg minimaal { $min } hoofdletter toe.
       *[other] Voeg minimaal { $min } hoofdletters toe.
    }
policy-min-digit =
    { $min ->
        [one] Voeg minimaal { $min } cijfer toe.
       *[other] Voeg minimaal { $min } cijfers toe.
    }
policy-min-special =
    { $min ->
        [one] Voeg minimaal { $min } teken toe dat geen letter of cijfer is (bijvoorbeeld ! # @ -).
       *[other] Voeg minimaal { $min } tekens toe die geen letter of cijfer zijn (bijvoorbeeld ! # @ -).
    }
policy-char-classes = Combineer minimaal { $min } van deze soorten tekens: kleine letters, hoofdletters, cijfers, speciale tekens.
policy-min-distinct =
    { $min ->
        [one] Gebruik minimaal { $min } verschillend teken.
       *[other] Gebruik minimaal { $min } verschillende tekens.
    }
policy-digit-sequence =
    { $max ->
        [one] Vermijd reeksen van meer dan { $max } opeenvolgend oplopend of aflopend cijfer (zoals 1234 of 9876).
       *[other] Vermijd reeksen van meer dan { $max } opeenvolgende oplopende of aflopende cijfers (zoals 1234 of 9876).
    }
policy-repeated-char =
    { $max ->
        [one] Gebruik niet twee keer achter elkaar hetzelfde teken.
       *[other] Gebruik niet meer dan { $max } keer achter elkaar hetzelfde teken.
    }
policy-contains-username = Laat uw gebruikersnaam weg uit het wachtwoord.
policy-similar-to-username = Het wachtwoord lijkt te veel op uw gebruikersnaam: kies iets anders.
policy-contains-name = Laat uw voornaam en achternaam weg uit het wachtwoord.
# $word (text): the institution or service word that was found.
policy-institution-word = Verwijder het woord “{ $word }”: wachtwoorden mogen de naam van de instelling of van haar diensten niet bevatten.
policy-blocklisted = Dit wachtwoord komt te vaak voor of is bij een datalek uitgelekt: kies een ander wachtwoord.
policy-regex = Het wachtwoord voldoet niet aan een van de regels van deze dienst.
# $min: required zxcvbn score (0-4); $score: the password's score.
policy-weak = Dit wachtwoord is te makkelijk te raden: maak het langer, bijvoorbeeld met een paar ongewone woorden.
policy-in-history =
    { $count ->
        [one] Kies een ander wachtwoord dan uw vorige.
       *[other] Kies een wachtwoord dat verschilt van uw laatste { $count } wachtwoorden.
    }

## Rules, shown before the user types

policy-rule-too-short =
    { $min ->
        [one] Het wachtwoord moet minimaal { $min } teken lang zijn.
       *[other] Het wachtwoord moet minimaal { $min } tekens lang zijn.
    }
policy-rule-too-long =
    { $max ->
        [one] Het wachtwoord mag maximaal { $max } teken lang zijn.
       *[other] Het wachtwoord mag maximaal { $max } tekens lang zijn.
    }
policy-rule-control-character = Het wachtwoord mag geen stuurtekens bevatten.
policy-rule-blank = Het wachtwoord mag niet alleen uit spaties bestaan.
policy-rule-min-lower =
    { $min ->
        [one] Het wachtwoord moet minimaal { $min } kleine letter bevatten.
       *[other] Het wachtwoord moet minimaal { $min } kleine letters bevatten.
    }
policy-rule-min-upper =
    { $min ->
        [one] Het wachtwoord moet minimaal { $min } hoofdletter bevatten.
       *[other] Het wachtwoord moet minimaal { $min } hoofdletters bevatten.
    }
policy-rule-min-digit =
    { $min ->
        [one] Het wachtwoord moet minimaal { $min } cijfer bevatten.
       *[other] Het wachtwoord moet minimaal { $min } cijfers bevatten.
    }
policy-rule-min-special =
    { $min ->
        [one] Het wachtwoord moet minimaal { $min } speciaal teken (geen letter of cijfer) bevatten.
       *[other] Het wachtwoord moet minimaal { $min } speciale tekens (geen letters of cijfers) bevatten.
    }
policy-rule-char-classes = Het wachtwoord moet minimaal { $min } van deze soorten tekens combineren: kleine letters, hoofdletters, cijfers, speciale tekens.
policy-rule-min-distinct =
    { $min ->
        [one] Het wachtwoord moet minimaal { $min } verschillend teken bevatten.
       *[other] Het wachtwoord moet minimaal { $min } verschillende tekens bevatten.
    }
policy-rule-digit-sequence =
    { $max ->
        [one] Het wachtwoord mag niet meer dan { $max } opeenvolgend cijfer in oplopende of aflopende volgorde bevatten.
       *[other] Het wachtwoord mag niet meer dan { $max } opeenvolgende cijfers in oplopende of aflopende volgorde bevatten.
    }
policy-rule-repeated-char =
    { $max ->
        [one] Het wachtwoord mag niet twee keer achter elkaar hetzelfde teken bevatten.
       *[other] Het wachtwoord mag niet meer dan { $max } keer achter elkaar hetzelfde teken bevatten.
    }
policy-rule-contains-username = Het wachtwoord mag uw gebruikersnaam niet bevatten.
# $percent: the similarity threshold, for integrators; the sentence does not need it.
policy-rule-similar-to-username = Het wachtwoord mag niet te veel op uw gebruikersnaam lijken.
policy-rule-contains-name = Het wachtwoord mag uw voornaam noch uw achternaam bevatten.
# $words (text): the configured words, comma-separated.
policy-rule-institution-word = Het wachtwoord mag deze woorden niet bevatten: { $words }.
policy-rule-blocklisted = Het wachtwoord mag geen veelgebruikt of bij een datalek uitgelekt wachtwoord zijn.
policy-rule-regex = Het wachtwoord moet voldoen aan de aanvullende regels van deze dienst.
policy-rule-weak = Het wachtwoord mag niet makkelijk te raden zijn (sterkte minimaal { $min } van 4).
policy-rule-in-history =
    { $count ->
        [one] Het wachtwoord moet verschillen van uw vorige wachtwoord.
       *[other] Het wachtwoord moet verschillen van uw laatste { $count } wachtwoorden.
    }

## Strength meter

policy-score-0 = Zeer zwak
policy-score-1 = Zwak
policy-score-2 = Redelijk
policy-score-3 = Sterk
policy-score-4 = Zeer sterk
policy-suggestions = Voorgestelde wachtwoorden
policy-suggestions-pick = Klik op een wachtwoord om het te gebruiken

## Strength hints (zxcvbn feedback)

policy-hint-straight-rows = Rechte rijen toetsen (zoals qwerty) zijn makkelijk te raden.
policy-hint-keyboard-pattern = Korte toetsenbordpatronen zijn makkelijk te raden.
policy-hint-repeats = Herhalingen zoals “aaa” zijn makkelijk te raden.
policy-hint-repeated-groups = Herhalingen zoals “abcabcabc” zijn maar iets moeilijker te raden dan “abc”.
policy-hint-top10 = Dit is een van de 10 meest gebruikte wachtwoorden.
policy-hint-top100 = Dit is een van de 100 meest gebruikte wachtwoorden.
policy-hint-common = Dit is een zeer veelgebruikt wachtwoord.
policy-hint-similar-to-common = Dit lijkt op een zeer veelgebruikt wachtwoord.
policy-hint-sequences = Reeksen zoals “abc” of “6543” zijn makkelijk te raden.
policy-hint-recent-years = Recente jaartallen zijn makkelijk te raden.
policy-hint-single-word = Eén los woord is makkelijk te raden.
policy-hint-dates = Datums zijn vaak makkelijk te raden.
policy-hint-names = Voor- en achternamen op zich zijn makkelijk te raden.
policy-hint-common-names = Veelvoorkomende voor- en achternamen zijn makkelijk te raden.
policy-hint-use-words = Gebruik een paar woorden en vermijd bekende uitdrukkingen.
policy-hint-no-need-for-symbols = Speciale tekens, cijfers en hoofdletters zijn niet nodig.
policy-hint-add-word = Voeg nog een of twee woorden toe; ongewone woorden zijn beter.
policy-hint-capitalization = Hoofdletters helpen niet veel.
policy-hint-all-uppercase = Een wachtwoord met alleen hoofdletters is bijna net zo makkelijk te raden als een met alleen kleine letters.
policy-hint-reversed-words = Achterstevoren gespelde woorden zijn nauwelijks moeilijker te raden.
policy-hint-substitutions = Voorspelbare vervangingen, zoals “@” in plaats van “a”, helpen niet veel.
policy-hint-longer-keyboard-pattern = Gebruik een langer toetsenbordpatroon met meer richtingsveranderingen.
policy-hint-avoid-repeats = Vermijd herhaalde woorden en tekens.
policy-hint-avoid-sequences = Vermijd reeksen.
policy-hint-avoid-recent-years = Vermijd recente jaartallen.
policy-hint-avoid-personal-years = Vermijd jaartallen die met u te maken hebben.
policy-hint-avoid-personal-dates = Vermijd datums en jaartallen die met u te maken hebben.
policy-class-max =
    { $class ->
        [lower] Gebruik maximaal { $max ->
            [one] { $max } kleine letter
           *[other] { $max } kleine letters
        }.
        [upper] Gebruik maximaal { $max ->
            [one] { $max } hoofdletter
           *[other] { $max } hoofdletters
        }.
        [digit] Gebruik maximaal { $max ->
            [one] { $max } cijfer
           *[other] { $max } cijfers
        }.
       *[special] Gebruik maximaal { $max ->
            [one] { $max } speciaal teken
           *[other] { $max } speciale tekens
        }.
    }
policy-rule-class-max =
    { $class ->
        [lower] Het wachtwoord mag maximaal { $max ->
            [one] { $max } kleine letter
           *[other] { $max } kleine letters
        } bevatten.
        [upper] Het wachtwoord mag maximaal { $max ->
            [one] { $max } hoofdletter
           *[other] { $max } hoofdletters
        } bevatten.
        [digit] Het wachtwoord mag maximaal { $max ->
            [one] { $max } cijfer
           *[other] { $max } cijfers
        } bevatten.
       *[special] Het wachtwoord mag maximaal { $max ->
            [one] { $max } speciaal teken
           *[other] { $max } speciale tekens
        } bevatten.
    }
policy-sequence = Vermijd reeksen letters of toetsen op een rij (zoals abcd of qwer): maximaal { $max } achter elkaar.
policy-rule-sequence =
    { $max ->
        [one] Het wachtwoord mag niet meer dan { $max } letter of toets op een rij bevatten (zoals abcd of qwer).
       *[other] Het wachtwoord mag niet meer dan { $max } letters of toetsen op een rij bevatten (zoals abcd of qwer).
    }
policy-occurrences = Gebruik geen enkel teken meer dan { $max } keer.
policy-rule-occurrences = Geen enkel teken mag meer dan { $max } keer voorkomen.
policy-special-at-end = Begin of eindig het wachtwoord niet met een speciaal teken.
policy-rule-special-at-end = Het wachtwoord mag niet met een speciaal teken beginnen of eindigen.
policy-contains-attribute = Laat het deel van uw e-mailadres vóór de @ en uw personeels- of studentnummer weg uit het wachtwoord.
policy-rule-contains-attribute = Het wachtwoord mag het deel van uw e-mailadres vóór de @ noch uw personeels- of studentnummer bevatten.
policy-similar-to-old = Het nieuwe wachtwoord lijkt te veel op het huidige: verander er meer aan.
policy-rule-similar-to-old = Het nieuwe wachtwoord mag niet te veel op het huidige lijken.
