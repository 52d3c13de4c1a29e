# Password policy (src/policy). Ids: policy-<code> tells the user what to do
# about a violation; policy-rule-<code> describes an active rule up front;
# policy-hint-<code> is strength feedback. Arguments are numbers unless noted.
# de: policy-rule-* are full sentences: they are listed after a lead-in that is
# itself a sentence (activation-password-rules, recover-rules-must), with no
# lead-in on the change-password page, and in the API.

## Violations

policy-too-short =
    { $min ->
        [one] Verwenden Sie mindestens { $min } Zeichen.
       *[other] Verwenden Sie mindestens { $min } Zeichen.
    }
policy-too-long =
    { $max ->
        [one] Verwenden Sie höchstens { $max } Zeichen.
       *[other] Verwenden Sie höchstens { $max } Zeichen.
    }
policy-control-character = Entfernen Sie Steuerzeichen (etwa NUL oder Tabulator) aus dem Passwort.
policy-blank = Ein Passwort nur aus Leerzeichen ist kein Passwort: Verwenden Sie Buchstaben, Ziffern oder Sonderzeichen.
policy-min-lower =
    { $min ->
        [one] Fügen Sie mindestens { $min } Kleinbuchstaben hinzu.
       *[other] Fügen Sie mindestens { $min } Kleinbuchstaben hinzu.
    }
policy-min-upper =
    { $min ->
        [one] Fügen Sie mindestens { $min } Großbuchstaben hinzu.
       *[other] Fügen Sie mindestens { $min } Großbuchstaben hinzu.
    }
policy-min-digit =
    { $min ->
        [one] Fügen Sie mindestens { $min } Ziffer hinzu.
       *[other] Fügen Sie mindestens { $min } Ziffern hinzu.
    }
policy-min-special =
    { $min ->
        [one] Fügen Sie mindestens { $min } Zeichen hinzu, das weder Buchstabe noch Ziffer ist (zum Beispiel ! # @ -).
       *[other] Fügen Sie mindestens { $min } Zeichen hinzu, die weder Buchstaben noch Ziffern sind (zum Beispiel ! # @ -).
    }
policy-char-classes = Kombinieren Sie mindestens { $min } dieser Zeichenarten: Kleinbuchstaben, Großbuchstaben, Ziffern, Sonderzeichen.
policy-min-distinct =
    { $min ->
        [one] Verwenden Sie mindestens { $min } verschiedenes Zeichen.
       *[other] Verwenden Sie mindestens { $min } verschiedene Zeichen.
    }
policy-digit-sequence =
    { $max ->
        [one] Vermeiden Sie Folgen von mehr als { $max } auf- oder absteigenden Ziffer (wie 1234 oder 9876).
       *[other] Vermeiden Sie Folgen von mehr als { $max } auf- oder absteigenden Ziffern (wie 1234 oder 9876).
    }
policy-repeated-char =
    { $max ->
        [one] Wiederholen Sie kein Zeichen zweimal hintereinander.
       *[other] Wiederholen Sie kein Zeichen mehr als { $max }-mal hintereinander.
    }
policy-contains-username = Lassen Sie Ihren Benutzernamen aus dem Passwort weg.
policy-similar-to-username = Das Passwort ähnelt Ihrem Benutzernamen zu sehr: Wählen Sie etwas anderes.
policy-contains-name = Lassen Sie Ihren Vor- und Nachnamen aus dem Passwort weg.
# $word (text): the institution or service word that was found.
policy-institution-word = Entfernen Sie das Wort „{ $word }“: Passwörter dürfen weder den Namen der Hochschule noch den ihrer Dienste enthalten.
policy-blocklisted = Dieses Passwort ist zu verbreitet oder ist bei einem Datenleck aufgetaucht: Wählen Sie ein anderes.
policy-regex = Das Passwort erfüllt eine der Regeln dieses Dienstes nicht.
# $min: required zxcvbn score (0-4); $score: the password's score.
policy-weak = Dieses Passwort ist zu leicht zu erraten: Machen Sie es länger, zum Beispiel mit ein paar ungewöhnlichen Wörtern.
policy-in-history =
    { $count ->
        [one] Wählen Sie ein anderes Passwort als Ihr letztes.
       *[other] Wählen Sie ein Passwort, das sich von Ihren letzten { $count } Passwörtern unterscheidet.
    }

## Rules, shown before the user types

policy-rule-too-short =
    { $min ->
        [one] Das Passwort muss mindestens { $min } Zeichen lang sein.
       *[other] Das Passwort muss mindestens { $min } Zeichen lang sein.
    }
policy-rule-too-long =
    { $max ->
        [one] Das Passwort darf höchstens { $max } Zeichen lang sein.
       *[other] Das Passwort darf höchstens { $max } Zeichen lang sein.
    }
policy-rule-control-character = Das Passwort darf keine Steuerzeichen enthalten.
policy-rule-blank = Das Passwort darf nicht nur aus Leerzeichen bestehen.
policy-rule-min-lower =
    { $min ->
        [one] Das Passwort muss mindestens { $min } Kleinbuchstaben enthalten.
       *[other] Das Passwort muss mindestens { $min } Kleinbuchstaben enthalten.
    }
policy-rule-min-upper =
    { $min ->
        [one] Das Passwort muss mindestens { $min } Großbuchstaben enthalten.
       *[other] Das Passwort muss mindestens { $min } Großbuchstaben enthalten.
    }
policy-rule-min-digit =
    { $min ->
        [one] Das Passwort muss mindestens { $min } Ziffer enthalten.
       *[other] Das Passwort muss mindestens { $min } Ziffern enthalten.
    }
policy-rule-min-special =
    { $min ->
        [one] Das Passwort muss mindestens { $min } Sonderzeichen (weder Buchstabe noch Ziffer) enthalten.
       *[other] Das Passwort muss mindestens { $min } Sonderzeichen (weder Buchstaben noch Ziffern) enthalten.
    }
policy-rule-char-classes = Das Passwort muss mindestens { $min } dieser Zeichenarten kombinieren: Kleinbuchstaben, Großbuchstaben, Ziffern, Sonderzeichen.
policy-rule-min-distinct =
    { $min ->
        [one] Das Passwort muss mindestens { $min } verschiedenes Zeichen enthalten.
       *[other] Das Passwort muss mindestens { $min } verschiedene Zeichen enthalten.
    }
policy-rule-digit-sequence =
    { $max ->
        [one] Das Passwort darf nicht mehr als { $max } aufeinanderfolgende Ziffer in auf- oder absteigender Reihenfolge enthalten.
       *[other] Das Passwort darf nicht mehr als { $max } aufeinanderfolgende Ziffern in auf- oder absteigender Reihenfolge enthalten.
    }
policy-rule-repeated-char =
    { $max ->
        [one] Das Passwort darf kein Zeichen zweimal hintereinander enthalten.
       *[other] Das Passwort darf kein Zeichen mehr als { $max }-mal hintereinander enthalten.
    }
policy-rule-contains-username = Das Passwort darf Ihren Benutzernamen nicht enthalten.
# $percent: the similarity threshold, for integrators; the sentence does not need it.
policy-rule-similar-to-username = Das Passwort darf Ihrem Benutzernamen nicht zu ähnlich sein.
policy-rule-contains-name = Das Passwort darf weder Ihren Vornamen noch Ihren Nachnamen enthalten.
# $words (text): the configured words, comma-separated.
policy-rule-institution-word = Das Passwort darf diese Wörter nicht enthalten: { $words }.
policy-rule-blocklisted = Das Passwort darf kein verbreitetes oder durch ein Datenleck bekanntes Passwort sein.
policy-rule-regex = Das Passwort muss die zusätzlichen Regeln dieses Dienstes erfüllen.
policy-rule-weak = Das Passwort darf nicht leicht zu erraten sein (Stärke mindestens { $min } von 4).
policy-rule-in-history =
    { $count ->
        [one] Das Passwort muss sich von Ihrem letzten Passwort unterscheiden.
       *[other] Das Passwort muss sich von Ihren letzten { $count } Passwörtern unterscheiden.
    }

## Strength meter

policy-score-0 = Sehr schwach
policy-score-1 = Schwach
policy-score-2 = Mittel
policy-score-3 = Stark
policy-score-4 = Sehr stark
policy-suggestions = Vorgeschlagene Passwörter
policy-suggestions-pick = Klicken Sie auf einen Vorschlag, um ihn zu übernehmen

## Strength hints (zxcvbn feedback)

policy-hint-straight-rows = Gerade Tastenreihen (wie qwertz) sind leicht zu erraten.
policy-hint-keyboard-pattern = Kurze Tastaturmuster sind leicht zu erraten.
policy-hint-repeats = Wiederholungen wie „aaa“ sind leicht zu erraten.
policy-hint-repeated-groups = Wiederholungen wie „abcabcabc“ sind nur wenig schwerer zu erraten als „abc“.
policy-hint-top10 = Dies ist eines der 10 häufigsten Passwörter.
policy-hint-top100 = Dies ist eines der 100 häufigsten Passwörter.
policy-hint-common = Dies ist ein sehr häufig verwendetes Passwort.
policy-hint-similar-to-common = Dies ähnelt einem sehr häufig verwendeten Passwort.
policy-hint-sequences = Folgen wie „abc“ oder „6543“ sind leicht zu erraten.
policy-hint-recent-years = Jahreszahlen der letzten Jahre sind leicht zu erraten.
policy-hint-single-word = Ein einzelnes Wort ist leicht zu erraten.
policy-hint-dates = Datumsangaben sind oft leicht zu erraten.
policy-hint-names = Vor- und Nachnamen allein sind leicht zu erraten.
policy-hint-common-names = Häufige Vor- und Nachnamen sind leicht zu erraten.
policy-hint-use-words = Verwenden Sie mehrere Wörter und vermeiden Sie gängige Redewendungen.
policy-hint-no-need-for-symbols = Sonderzeichen, Ziffern und Großbuchstaben sind nicht erforderlich.
policy-hint-add-word = Fügen Sie ein oder zwei weitere Wörter hinzu; ungewöhnliche Wörter sind besser.
policy-hint-capitalization = Großbuchstaben helfen kaum.
policy-hint-all-uppercase = Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.
policy-hint-reversed-words = Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.
policy-hint-substitutions = Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen kaum.
policy-hint-longer-keyboard-pattern = Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.
policy-hint-avoid-repeats = Vermeiden Sie wiederholte Wörter und Zeichen.
policy-hint-avoid-sequences = Vermeiden Sie fortlaufende Zeichenfolgen.
policy-hint-avoid-recent-years = Vermeiden Sie Jahreszahlen der letzten Jahre.
policy-hint-avoid-personal-years = Vermeiden Sie Jahreszahlen, die mit Ihnen in Verbindung stehen.
policy-hint-avoid-personal-dates = Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen in Verbindung stehen.
policy-class-max =
    { $class ->
        [lower] Verwenden Sie höchstens { $max } Kleinbuchstaben.
        [upper] Verwenden Sie höchstens { $max } Großbuchstaben.
        [digit] Verwenden Sie höchstens { $max ->
            [one] { $max } Ziffer
           *[other] { $max } Ziffern
        }.
       *[special] Verwenden Sie höchstens { $max } Sonderzeichen.
    }
policy-rule-class-max =
    { $class ->
        [lower] Das Passwort darf höchstens { $max } Kleinbuchstaben enthalten.
        [upper] Das Passwort darf höchstens { $max } Großbuchstaben enthalten.
        [digit] Das Passwort darf höchstens { $max ->
            [one] { $max } Ziffer
           *[other] { $max } Ziffern
        } enthalten.
       *[special] Das Passwort darf höchstens { $max } Sonderzeichen enthalten.
    }
policy-sequence = Vermeiden Sie Folgen von Buchstaben oder nebeneinanderliegenden Tasten (wie abcd oder qwer): höchstens { $max } hintereinander.
policy-rule-sequence =
    { $max ->
        [one] Das Passwort darf nicht mehr als { $max } aufeinanderfolgenden Buchstaben oder nebeneinanderliegende Taste enthalten (wie abcd oder qwer).
       *[other] Das Passwort darf nicht mehr als { $max } aufeinanderfolgende Buchstaben oder nebeneinanderliegende Tasten enthalten (wie abcd oder qwer).
    }
policy-occurrences = Verwenden Sie kein Zeichen mehr als { $max }-mal.
policy-rule-occurrences = Kein Zeichen darf mehr als { $max }-mal vorkommen.
policy-special-at-end = Beginnen oder beenden Sie das Passwort nicht mit einem Sonderzeichen.
policy-rule-special-at-end = Das Passwort darf nicht mit einem Sonderzeichen beginnen oder enden.
policy-contains-attribute = Lassen Sie den Teil Ihrer E-Mail-Adresse vor dem @ sowie Ihre Personal- oder Matrikelnummer aus dem Passwort weg.
policy-rule-contains-attribute = Das Passwort darf weder den Teil Ihrer E-Mail-Adresse vor dem @ noch Ihre Personal- oder Matrikelnummer enthalten.
policy-similar-to-old = Das neue Passwort ähnelt dem aktuellen zu sehr: Ändern Sie mehr daran.
policy-rule-similar-to-old = Das neue Passwort darf dem aktuellen nicht zu ähnlich sein.
