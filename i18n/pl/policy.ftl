# pl: polityka haseł (src/policy). Identyfikatory: policy-<kod> mówi, co zrobić
# w razie naruszenia; policy-rule-<kod> opisuje obowiązującą zasadę (pełne zdanie,
# wyświetlane także samodzielnie); policy-hint-<kod> to wskazówki o sile hasła.
# Argumenty są liczbami, chyba że zaznaczono inaczej.

## Naruszenia

policy-too-short =
    { $min ->
        [one] Należy użyć co najmniej { $min } znaku.
        [few] Należy użyć co najmniej { $min } znaków.
        [many] Należy użyć co najmniej { $min } znaków.
       *[other] Należy użyć co najmniej { $min } znaku.
    }
policy-too-long =
    { $max ->
        [one] Należy użyć najwyżej { $max } znaku.
        [few] Należy użyć najwyżej { $max } znaków.
        [many] Należy użyć najwyżej { $max } znaków.
       *[other] Należy użyć najwyżej { $max } znaku.
    }
policy-control-character = Należy usunąć z hasła znaki sterujące (np. NUL lub tabulator).
policy-blank = Hasło złożone wyłącznie ze spacji nie jest hasłem: należy użyć liter, cyfr lub symboli.
policy-min-lower =
    { $min ->
        [one] Należy dodać co najmniej { $min } małą literę.
        [few] Należy dodać co najmniej { $min } małe litery.
        [many] Należy dodać co najmniej { $min } małych liter.
       *[other] Należy dodać co najmniej { $min } małej litery.
    }
policy-min-upper =
    { $min ->
        [one] Należy dodać co najmniej { $min } wielką literę.
        [few] Należy dodać co najmniej { $min } wielkie litery.
        [many] Należy dodać co najmniej { $min } wielkich liter.
       *[other] Należy dodać co najmniej { $min } wielkiej litery.
    }
policy-min-digit =
    { $min ->
        [one] Należy dodać co najmniej { $min } cyfrę.
        [few] Należy dodać co najmniej { $min } cyfry.
        [many] Należy dodać co najmniej { $min } cyfr.
       *[other] Należy dodać co najmniej { $min } cyfry.
    }
policy-min-special =
    { $min ->
        [one] Należy dodać co najmniej { $min } znak niebędący literą ani cyfrą (np. ! # @ -).
        [few] Należy dodać co najmniej { $min } znaki niebędące literami ani cyframi (np. ! # @ -).
        [many] Należy dodać co najmniej { $min } znaków niebędących literami ani cyframi (np. ! # @ -).
       *[other] Należy dodać co najmniej { $min } znaku niebędącego literą ani cyfrą (np. ! # @ -).
    }
policy-char-classes = Należy połączyć co najmniej { $min } spośród następujących rodzajów znaków: małe litery, wielkie litery, cyfry, symbole.
policy-min-distinct =
    { $min ->
        [one] Należy użyć co najmniej { $min } różnego znaku.
        [few] Należy użyć co najmniej { $min } różnych znaków.
        [many] Należy użyć co najmniej { $min } różnych znaków.
       *[other] Należy użyć co najmniej { $min } różnych znaków.
    }
policy-digit-sequence = Należy unikać rosnących lub malejących ciągów kolejnych cyfr (np. 1234 lub 9876) o długości większej niż { $max }.
policy-repeated-char =
    { $max ->
        [one] Nie należy powtarzać tego samego znaku dwa razy z rzędu.
        [few] Nie należy powtarzać tego samego znaku więcej niż { $max } razy z rzędu.
        [many] Nie należy powtarzać tego samego znaku więcej niż { $max } razy z rzędu.
       *[other] Nie należy powtarzać tego samego znaku więcej niż { $max } razy z rzędu.
    }
policy-contains-username = Należy usunąć z hasła nazwę użytkownika.
policy-similar-to-username = Hasło jest zbyt podobne do nazwy użytkownika: należy wybrać inne.
policy-contains-name = Należy usunąć z hasła swoje imię i nazwisko.
# $word (tekst): znalezione słowo – nazwa uczelni lub usługi.
policy-institution-word = Należy usunąć słowo „{ $word }”: hasło nie może zawierać nazwy uczelni ani jej usług.
policy-blocklisted = To hasło jest zbyt popularne lub pojawiło się w wycieku danych: należy wybrać inne.
policy-regex = Hasło nie spełnia jednej z zasad obowiązujących w tym serwisie.
# $min: wymagana ocena zxcvbn (0-4); $score: ocena hasła.
policy-weak = To hasło jest zbyt łatwe do odgadnięcia: należy je wydłużyć, np. dodając kilka rzadziej używanych słów.
policy-in-history =
    { $count ->
        [one] Należy wybrać hasło inne niż poprzednie.
        [few] Należy wybrać hasło inne niż { $count } ostatnie hasła.
        [many] Należy wybrać hasło inne niż { $count } ostatnich haseł.
       *[other] Należy wybrać hasło inne niż { $count } ostatnich haseł.
    }

## Zasady wyświetlane przed wpisaniem hasła

policy-rule-too-short =
    { $min ->
        [one] Hasło musi mieć co najmniej { $min } znak.
        [few] Hasło musi mieć co najmniej { $min } znaki.
        [many] Hasło musi mieć co najmniej { $min } znaków.
       *[other] Hasło musi mieć co najmniej { $min } znaku.
    }
policy-rule-too-long =
    { $max ->
        [one] Hasło może mieć najwyżej { $max } znak.
        [few] Hasło może mieć najwyżej { $max } znaki.
        [many] Hasło może mieć najwyżej { $max } znaków.
       *[other] Hasło może mieć najwyżej { $max } znaku.
    }
policy-rule-control-character = Hasło nie może zawierać znaków sterujących.
policy-rule-blank = Hasło nie może składać się wyłącznie ze spacji.
policy-rule-min-lower =
    { $min ->
        [one] Hasło musi zawierać co najmniej { $min } małą literę.
        [few] Hasło musi zawierać co najmniej { $min } małe litery.
        [many] Hasło musi zawierać co najmniej { $min } małych liter.
       *[other] Hasło musi zawierać co najmniej { $min } małej litery.
    }
policy-rule-min-upper =
    { $min ->
        [one] Hasło musi zawierać co najmniej { $min } wielką literę.
        [few] Hasło musi zawierać co najmniej { $min } wielkie litery.
        [many] Hasło musi zawierać co najmniej { $min } wielkich liter.
       *[other] Hasło musi zawierać co najmniej { $min } wielkiej litery.
    }
policy-rule-min-digit =
    { $min ->
        [one] Hasło musi zawierać co najmniej { $min } cyfrę.
        [few] Hasło musi zawierać co najmniej { $min } cyfry.
        [many] Hasło musi zawierać co najmniej { $min } cyfr.
       *[other] Hasło musi zawierać co najmniej { $min } cyfry.
    }
policy-rule-min-special =
    { $min ->
        [one] Hasło musi zawierać co najmniej { $min } znak specjalny (inny niż litera i cyfra).
        [few] Hasło musi zawierać co najmniej { $min } znaki specjalne (inne niż litery i cyfry).
        [many] Hasło musi zawierać co najmniej { $min } znaków specjalnych (innych niż litery i cyfry).
       *[other] Hasło musi zawierać co najmniej { $min } znaku specjalnego (innego niż litera i cyfra).
    }
policy-rule-char-classes = Hasło musi łączyć co najmniej { $min } spośród następujących rodzajów znaków: małe litery, wielkie litery, cyfry, symbole.
policy-rule-min-distinct =
    { $min ->
        [one] Hasło musi składać się z co najmniej { $min } różnego znaku.
        [few] Hasło musi składać się z co najmniej { $min } różnych znaków.
        [many] Hasło musi składać się z co najmniej { $min } różnych znaków.
       *[other] Hasło musi składać się z co najmniej { $min } różnych znaków.
    }
policy-rule-digit-sequence = Hasło nie może zawierać rosnących ani malejących ciągów kolejnych cyfr o długości większej niż { $max }.
policy-rule-repeated-char =
    { $max ->
        [one] Ten sam znak nie może wystąpić w haśle dwa razy z rzędu.
        [few] Ten sam znak nie może wystąpić w haśle więcej niż { $max } razy z rzędu.
        [many] Ten sam znak nie może wystąpić w haśle więcej niż { $max } razy z rzędu.
       *[other] Ten sam znak nie może wystąpić w haśle więcej niż { $max } razy z rzędu.
    }
policy-rule-contains-username = Hasło nie może zawierać nazwy użytkownika.
# $percent: próg podobieństwa, dla integratorów; zdanie go nie potrzebuje.
policy-rule-similar-to-username = Hasło nie może być zbyt podobne do nazwy użytkownika.
policy-rule-contains-name = Hasło nie może zawierać imienia ani nazwiska.
# $words (tekst): skonfigurowane słowa, oddzielone przecinkami.
policy-rule-institution-word = Hasło nie może zawierać następujących słów: { $words }.
policy-rule-blocklisted = Hasło nie może być popularnym hasłem ani hasłem, które wyciekło.
policy-rule-regex = Hasło musi spełniać dodatkowe zasady obowiązujące w tym serwisie.
policy-rule-weak = Hasło nie może być łatwe do odgadnięcia (siła co najmniej { $min } w skali 0–4).
policy-rule-in-history =
    { $count ->
        [one] Hasło musi różnić się od poprzedniego hasła.
        [few] Hasło musi różnić się od { $count } ostatnich haseł.
        [many] Hasło musi różnić się od { $count } ostatnich haseł.
       *[other] Hasło musi różnić się od { $count } ostatnich haseł.
    }

## Wskaźnik siły hasła

policy-score-0 = Bardzo słabe
policy-score-1 = Słabe
policy-score-2 = Średnie
policy-score-3 = Silne
policy-score-4 = Bardzo silne
policy-suggestions = Proponowane hasła
policy-suggestions-pick = Wystarczy kliknąć hasło, aby go użyć

## Wskazówki dotyczące siły hasła (zxcvbn)

policy-hint-straight-rows = Proste rzędy klawiszy (np. qwerty) łatwo odgadnąć.
policy-hint-keyboard-pattern = Krótkie wzory klawiaturowe łatwo odgadnąć.
policy-hint-repeats = Powtórzenia typu „aaa” łatwo odgadnąć.
policy-hint-repeated-groups = Powtórzenia typu „abcabcabc” są tylko nieznacznie trudniejsze do odgadnięcia niż „abc”.
policy-hint-top10 = To jedno z 10 najpopularniejszych haseł.
policy-hint-top100 = To jedno ze 100 najpopularniejszych haseł.
policy-hint-common = To bardzo popularne hasło.
policy-hint-similar-to-common = To hasło jest podobne do bardzo popularnego hasła.
policy-hint-sequences = Sekwencje typu „abc” lub „6543” łatwo odgadnąć.
policy-hint-recent-years = Ostatnie lata łatwo odgadnąć.
policy-hint-single-word = Pojedyncze słowo łatwo odgadnąć.
policy-hint-dates = Daty często łatwo odgadnąć.
policy-hint-names = Same imiona i nazwiska łatwo odgadnąć.
policy-hint-common-names = Popularne imiona i nazwiska łatwo odgadnąć.
policy-hint-use-words = Lepiej użyć kilku słów i unikać popularnych zwrotów.
policy-hint-no-need-for-symbols = Symbole, cyfry i wielkie litery nie są wymagane.
policy-hint-add-word = Warto dodać jeszcze jedno lub dwa słowa, najlepiej rzadko używane.
policy-hint-capitalization = Wielkie litery niewiele pomagają.
policy-hint-all-uppercase = Hasło pisane wyłącznie wielkimi literami jest niemal tak samo łatwe do odgadnięcia jak pisane małymi.
policy-hint-reversed-words = Słowa pisane wspak nie są dużo trudniejsze do odgadnięcia.
policy-hint-substitutions = Przewidywalne zamiany, np. „@” zamiast „a”, niewiele pomagają.
policy-hint-longer-keyboard-pattern = Lepiej użyć dłuższego wzoru klawiaturowego z większą liczbą zmian kierunku.
policy-hint-avoid-repeats = Lepiej unikać powtarzających się słów i znaków.
policy-hint-avoid-sequences = Lepiej unikać sekwencji.
policy-hint-avoid-recent-years = Lepiej unikać ostatnich lat.
policy-hint-avoid-personal-years = Lepiej unikać lat związanych z własnym życiem.
policy-hint-avoid-personal-dates = Lepiej unikać dat i lat związanych z własnym życiem.
policy-class-max =
    { $class ->
        [lower] Należy ograniczyć liczbę małych liter do { $max }.
        [upper] Należy ograniczyć liczbę wielkich liter do { $max }.
        [digit] Należy ograniczyć liczbę cyfr do { $max }.
       *[special] Należy ograniczyć liczbę znaków specjalnych do { $max }.
    }
policy-rule-class-max =
    { $class ->
        [lower] Liczba małych liter w haśle nie może przekraczać { $max }.
        [upper] Liczba wielkich liter w haśle nie może przekraczać { $max }.
        [digit] Liczba cyfr w haśle nie może przekraczać { $max }.
       *[special] Liczba znaków specjalnych w haśle nie może przekraczać { $max }.
    }
policy-sequence = Należy unikać ciągów kolejnych liter lub klawiszy (np. abcd lub qwer): maksymalnie { $max } z rzędu.
policy-rule-sequence = Hasło nie może zawierać ciągów kolejnych liter lub klawiszy (np. abcd lub qwer) dłuższych niż { $max }.
policy-occurrences =
    { $max ->
        [one] Żadnego znaku nie należy używać więcej niż { $max } raz.
        [few] Żadnego znaku nie należy używać więcej niż { $max } razy.
        [many] Żadnego znaku nie należy używać więcej niż { $max } razy.
       *[other] Żadnego znaku nie należy używać więcej niż { $max } razy.
    }
policy-rule-occurrences =
    { $max ->
        [one] Żaden znak nie może wystąpić w haśle więcej niż { $max } raz.
        [few] Żaden znak nie może wystąpić w haśle więcej niż { $max } razy.
        [many] Żaden znak nie może wystąpić w haśle więcej niż { $max } razy.
       *[other] Żaden znak nie może wystąpić w haśle więcej niż { $max } razy.
    }
policy-special-at-end = Należy usunąć znak specjalny z początku lub końca hasła.
policy-rule-special-at-end = Hasło nie może zaczynać się ani kończyć znakiem specjalnym.
policy-contains-attribute = Należy usunąć z hasła nazwę z adresu e-mail (część przed @) oraz numer pracowniczy lub numer albumu.
policy-rule-contains-attribute = Hasło nie może zawierać nazwy z adresu e-mail (części przed @) ani numeru pracowniczego lub numeru albumu.
policy-similar-to-old = Nowe hasło jest zbyt podobne do obecnego: należy zmienić w nim więcej znaków.
policy-rule-similar-to-old = Nowe hasło nie może być zbyt podobne do obecnego.
