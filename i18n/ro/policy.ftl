# Password policy (ro). Ids: policy-<code> tells the user what to do about a
# violation (a full sentence); policy-rule-<code> describes an active rule up
# front, also as a full sentence ("Parola trebuie să ..."): the rules are
# listed after a lead-in that is itself a sentence (activation-password-rules,
# recover-rules-must), with no lead-in on the change-password page, and in the
# API. policy-hint-<code> is strength feedback. Arguments are numbers unless noted.
# Romanian plurals: [one] 1, [few] 0 and 2-19, *[other] 20 and up ("de").

## Violations

policy-too-short =
    { $min ->
        [one] Folosiți cel puțin { $min } caracter.
        [few] Folosiți cel puțin { $min } caractere.
       *[other] Folosiți cel puțin { $min } de caractere.
    }
policy-too-long =
    { $max ->
        [one] Folosiți cel mult { $max } caracter.
        [few] Folosiți cel mult { $max } caractere.
       *[other] Folosiți cel mult { $max } de caractere.
    }
policy-control-character = Eliminați din parolă caracterele de control (de exemplu NUL sau tab).
policy-blank = O parolă formată doar din spații nu este o parolă: folosiți litere, cifre sau simboluri.
policy-min-lower =
    { $min ->
        [one] Adăugați cel puțin { $min } literă mică.
        [few] Adăugați cel puțin { $min } litere mici.
       *[other] Adăugați cel puțin { $min } de litere mici.
    }
policy-min-upper =
    { $min ->
        [one] Adăugați cel puțin { $min } literă mare.
        [few] Adăugați cel puțin { $min } litere mari.
       *[other] Adăugați cel puțin { $min } de litere mari.
    }
policy-min-digit =
    { $min ->
        [one] Adăugați cel puțin { $min } cifră.
        [few] Adăugați cel puțin { $min } cifre.
       *[other] Adăugați cel puțin { $min } de cifre.
    }
policy-min-special =
    { $min ->
        [one] Adăugați cel puțin { $min } caracter care nu este literă sau cifră (de exemplu ! # @ -).
        [few] Adăugați cel puțin { $min } caractere care nu sunt litere sau cifre (de exemplu ! # @ -).
       *[other] Adăugați cel puțin { $min } de caractere care nu sunt litere sau cifre (de exemplu ! # @ -).
    }
policy-char-classes = Combinați cel puțin { $min } dintre acestea: litere mici, litere mari, cifre, simboluri.
policy-min-distinct =
    { $min ->
        [one] Folosiți cel puțin { $min } caracter distinct.
        [few] Folosiți cel puțin { $min } caractere diferite.
       *[other] Folosiți cel puțin { $min } de caractere diferite.
    }
policy-digit-sequence =
    { $max ->
        [one] Evitați șirurile de cifre consecutive crescătoare sau descrescătoare (precum 1234 sau 9876).
        [few] Evitați șirurile de mai mult de { $max } cifre consecutive crescătoare sau descrescătoare (precum 1234 sau 9876).
       *[other] Evitați șirurile de mai mult de { $max } de cifre consecutive crescătoare sau descrescătoare (precum 1234 sau 9876).
    }
policy-repeated-char =
    { $max ->
        [one] Nu repetați un caracter de două ori la rând.
        [few] Nu repetați un caracter de mai mult de { $max } ori la rând.
       *[other] Nu repetați un caracter de mai mult de { $max } de ori la rând.
    }
policy-contains-username = Nu includeți numele de utilizator în parolă.
policy-similar-to-username = Parola seamănă prea mult cu numele de utilizator: alegeți ceva diferit.
policy-contains-name = Nu includeți prenumele și numele de familie în parolă.
# $word (text): the institution or service word that was found.
policy-institution-word = Eliminați cuvântul „{ $word }”: parolele nu trebuie să conțină numele instituției sau al serviciilor sale.
policy-blocklisted = Această parolă este prea des folosită sau a apărut într-o scurgere de date: alegeți alta.
policy-regex = Parola nu respectă una dintre regulile acestui serviciu.
policy-weak = Această parolă este prea ușor de ghicit: faceți-o mai lungă, de exemplu cu câteva cuvinte mai puțin obișnuite.
policy-in-history =
    { $count ->
        [one] Alegeți o parolă diferită de ultima.
        [few] Alegeți o parolă diferită de ultimele { $count } parole.
       *[other] Alegeți o parolă diferită de ultimele { $count } de parole.
    }

## Rules, shown before the user types (full sentences, see above)

policy-rule-too-short =
    { $min ->
        [one] Parola trebuie să aibă cel puțin { $min } caracter.
        [few] Parola trebuie să aibă cel puțin { $min } caractere.
       *[other] Parola trebuie să aibă cel puțin { $min } de caractere.
    }
policy-rule-too-long =
    { $max ->
        [one] Parola trebuie să aibă cel mult { $max } caracter.
        [few] Parola trebuie să aibă cel mult { $max } caractere.
       *[other] Parola trebuie să aibă cel mult { $max } de caractere.
    }
policy-rule-control-character = Parola nu trebuie să conțină caractere de control.
policy-rule-blank = Parola nu trebuie să fie formată doar din spații.
policy-rule-min-lower =
    { $min ->
        [one] Parola trebuie să conțină cel puțin { $min } literă mică.
        [few] Parola trebuie să conțină cel puțin { $min } litere mici.
       *[other] Parola trebuie să conțină cel puțin { $min } de litere mici.
    }
policy-rule-min-upper =
    { $min ->
        [one] Parola trebuie să conțină cel puțin { $min } literă mare.
        [few] Parola trebuie să conțină cel puțin { $min } litere mari.
       *[other] Parola trebuie să conțină cel puțin { $min } de litere mari.
    }
policy-rule-min-digit =
    { $min ->
        [one] Parola trebuie să conțină cel puțin { $min } cifră.
        [few] Parola trebuie să conțină cel puțin { $min } cifre.
       *[other] Parola trebuie să conțină cel puțin { $min } de cifre.
    }
policy-rule-min-special =
    { $min ->
        [one] Parola trebuie să conțină cel puțin { $min } caracter care nu este literă sau cifră.
        [few] Parola trebuie să conțină cel puțin { $min } caractere care nu sunt litere sau cifre.
       *[other] Parola trebuie să conțină cel puțin { $min } de caractere care nu sunt litere sau cifre.
    }
policy-rule-char-classes = Parola trebuie să combine cel puțin { $min } dintre următoarele: litere mici, litere mari, cifre, simboluri.
policy-rule-min-distinct =
    { $min ->
        [one] Parola trebuie să aibă cel puțin { $min } caracter distinct.
        [few] Parola trebuie să aibă cel puțin { $min } caractere diferite.
       *[other] Parola trebuie să aibă cel puțin { $min } de caractere diferite.
    }
policy-rule-digit-sequence =
    { $max ->
        [one] Parola nu trebuie să conțină cifre consecutive în ordine crescătoare sau descrescătoare.
        [few] Parola nu trebuie să conțină mai mult de { $max } cifre consecutive în ordine crescătoare sau descrescătoare.
       *[other] Parola nu trebuie să conțină mai mult de { $max } de cifre consecutive în ordine crescătoare sau descrescătoare.
    }
policy-rule-repeated-char =
    { $max ->
        [one] Parola nu trebuie să repete un caracter de două ori la rând.
        [few] Parola nu trebuie să repete un caracter de mai mult de { $max } ori la rând.
       *[other] Parola nu trebuie să repete un caracter de mai mult de { $max } de ori la rând.
    }
policy-rule-contains-username = Parola nu trebuie să conțină numele de utilizator.
# $percent: the similarity threshold, for integrators; the sentence does not need it.
policy-rule-similar-to-username = Parola nu trebuie să semene prea mult cu numele de utilizator.
policy-rule-contains-name = Parola nu trebuie să conțină prenumele sau numele de familie.
# $words (text): the configured words, comma-separated.
policy-rule-institution-word = Parola nu trebuie să conțină aceste cuvinte: { $words }.
policy-rule-blocklisted = Parola nu trebuie să fie una des folosită sau compromisă.
policy-rule-regex = Parola trebuie să respecte regulile suplimentare ale acestui serviciu.
policy-rule-weak = Parola nu trebuie să fie ușor de ghicit (nivel de siguranță de cel puțin { $min } din 4).
policy-rule-in-history =
    { $count ->
        [one] Parola trebuie să fie diferită de ultima parolă.
        [few] Parola trebuie să fie diferită de ultimele { $count } parole.
       *[other] Parola trebuie să fie diferită de ultimele { $count } de parole.
    }

## Strength meter

policy-score-0 = Foarte slabă
policy-score-1 = Slabă
policy-score-2 = Acceptabilă
policy-score-3 = Puternică
policy-score-4 = Foarte puternică
policy-suggestions = Parole sugerate
policy-suggestions-pick = Faceți clic pe una pentru a o folosi

## Strength hints (zxcvbn feedback)

policy-hint-straight-rows = Rândurile drepte de taste (precum qwerty) sunt ușor de ghicit.
policy-hint-keyboard-pattern = Combinațiile scurte de taste alăturate sunt ușor de ghicit.
policy-hint-repeats = Repetițiile precum „aaa” sunt ușor de ghicit.
policy-hint-repeated-groups = Repetițiile precum „abcabcabc” sunt doar puțin mai greu de ghicit decât „abc”.
policy-hint-top10 = Aceasta este una dintre cele mai folosite 10 parole.
policy-hint-top100 = Aceasta este una dintre cele mai folosite 100 de parole.
policy-hint-common = Aceasta este o parolă foarte des folosită.
policy-hint-similar-to-common = Aceasta seamănă cu o parolă foarte des folosită.
policy-hint-sequences = Secvențele precum „abc” sau „6543” sunt ușor de ghicit.
policy-hint-recent-years = Anii recenți sunt ușor de ghicit.
policy-hint-single-word = Un singur cuvânt este ușor de ghicit.
policy-hint-dates = Datele calendaristice sunt adesea ușor de ghicit.
policy-hint-names = Prenumele și numele de familie, folosite singure, sunt ușor de ghicit.
policy-hint-common-names = Prenumele și numele de familie obișnuite sunt ușor de ghicit.
policy-hint-use-words = Folosiți câteva cuvinte și evitați expresiile uzuale.
policy-hint-no-need-for-symbols = Simbolurile, cifrele și literele mari nu sunt obligatorii.
policy-hint-add-word = Adăugați încă un cuvânt sau două; cuvintele mai puțin obișnuite sunt mai bune.
policy-hint-capitalization = Literele mari nu ajută prea mult.
policy-hint-all-uppercase = O parolă numai cu litere mari este aproape la fel de ușor de ghicit ca una numai cu litere mici.
policy-hint-reversed-words = Cuvintele scrise invers nu sunt mult mai greu de ghicit.
policy-hint-substitutions = Înlocuirile previzibile, precum „@” în loc de „a”, nu ajută prea mult.
policy-hint-longer-keyboard-pattern = Folosiți o combinație mai lungă de taste, cu mai multe schimbări de direcție.
policy-hint-avoid-repeats = Evitați cuvintele și caracterele repetate.
policy-hint-avoid-sequences = Evitați secvențele.
policy-hint-avoid-recent-years = Evitați anii recenți.
policy-hint-avoid-personal-years = Evitați anii legați de dumneavoastră.
policy-hint-avoid-personal-dates = Evitați datele și anii legați de dumneavoastră.
policy-class-max =
    { $class ->
        [lower] Folosiți cel mult { $max ->
            [one] { $max } literă mică
            [few] { $max } litere mici
           *[other] { $max } de litere mici
        }.
        [upper] Folosiți cel mult { $max ->
            [one] { $max } literă mare
            [few] { $max } litere mari
           *[other] { $max } de litere mari
        }.
        [digit] Folosiți cel mult { $max ->
            [one] { $max } cifră
            [few] { $max } cifre
           *[other] { $max } de cifre
        }.
       *[special] Folosiți cel mult { $max ->
            [one] { $max } caracter special
            [few] { $max } caractere speciale
           *[other] { $max } de caractere speciale
        }.
    }
policy-rule-class-max =
    { $class ->
        [lower] Parola trebuie să aibă cel mult { $max ->
            [one] { $max } literă mică
            [few] { $max } litere mici
           *[other] { $max } de litere mici
        }.
        [upper] Parola trebuie să aibă cel mult { $max ->
            [one] { $max } literă mare
            [few] { $max } litere mari
           *[other] { $max } de litere mari
        }.
        [digit] Parola trebuie să aibă cel mult { $max ->
            [one] { $max } cifră
            [few] { $max } cifre
           *[other] { $max } de cifre
        }.
       *[special] Parola trebuie să aibă cel mult { $max ->
            [one] { $max } caracter special
            [few] { $max } caractere speciale
           *[other] { $max } de caractere speciale
        }.
    }
policy-sequence = Evitați șirurile de litere sau de taste alăturate (precum abcd sau qwer): cel mult { $max } la rând.
policy-rule-sequence =
    { $max ->
        [one] Parola nu trebuie să conțină litere sau taste consecutive (precum abcd sau qwer).
        [few] Parola nu trebuie să conțină mai mult de { $max } litere sau taste consecutive (precum abcd sau qwer).
       *[other] Parola nu trebuie să conțină mai mult de { $max } de litere sau taste consecutive (precum abcd sau qwer).
    }
policy-occurrences =
    { $max ->
        [one] Nu folosiți niciun caracter de mai multe ori.
        [few] Nu folosiți niciun caracter de mai mult de { $max } ori.
       *[other] Nu folosiți niciun caracter de mai mult de { $max } de ori.
    }
policy-rule-occurrences =
    { $max ->
        [one] Parola nu trebuie să conțină niciun caracter de mai multe ori.
        [few] Parola nu trebuie să conțină niciun caracter de mai mult de { $max } ori.
       *[other] Parola nu trebuie să conțină niciun caracter de mai mult de { $max } de ori.
    }
policy-special-at-end = Nu începeți și nu încheiați parola cu un caracter special.
policy-rule-special-at-end = Parola nu trebuie să înceapă sau să se termine cu un caracter special.
policy-contains-attribute = Nu includeți în parolă numele din adresa de e-mail, numărul de angajat sau numărul matricol.
policy-rule-contains-attribute = Parola nu trebuie să conțină numele din adresa de e-mail, numărul de angajat sau numărul matricol.
policy-similar-to-old = Parola nouă seamănă prea mult cu cea actuală: schimbați mai mult din ea.
policy-rule-similar-to-old = Parola nouă nu trebuie să semene prea mult cu parola actuală.
