# Password policy (sv). Ids: policy-<code> tells the user what to do about a
# violation (a full sentence); policy-rule-<code> describes an active rule up
# front, also as a full sentence ("Lösenordet måste ..." / "Lösenordet får
# inte ...", never "måste inte", which would mean "need not"): the rules are
# listed after a lead-in that is itself a sentence (activation-password-rules,
# recover-rules-must), with no lead-in on the change-password page, and in the
# API. policy-hint-<code> is strength feedback. Arguments
# are numbers unless noted.

## Violations

policy-too-short =
    { $min ->
        [one] Använd minst { $min } tecken.
       *[other] Använd minst { $min } tecken.
    }
policy-too-long =
    { $max ->
        [one] Använd högst { $max } tecken.
       *[other] Använd högst { $max } tecken.
    }
policy-control-character = Ta bort styrtecken (till exempel NUL eller tabb) från lösenordet.
policy-blank = Ett lösenord med bara mellanslag är inget lösenord: använd bokstäver, siffror eller symboler.
policy-min-lower =
    { $min ->
        [one] Lägg till minst { $min } liten bokstav.
       *[other] Lägg till minst { $min } små bokstäver.
    }
policy-min-upper =
    { $min ->
        [one] Lägg till minst { $min } stor bokstav.
       *[other] Lägg till minst { $min } stora bokstäver.
    }
policy-min-digit =
    { $min ->
        [one] Lägg till minst { $min } siffra.
       *[other] Lägg till minst { $min } siffror.
    }
policy-min-special =
    { $min ->
        [one] Lägg till minst { $min } tecken som inte är en bokstav eller siffra (till exempel ! # @ -).
       *[other] Lägg till minst { $min } tecken som inte är bokstäver eller siffror (till exempel ! # @ -).
    }
policy-char-classes = Blanda minst { $min } av följande: små bokstäver, stora bokstäver, siffror, symboler.
policy-min-distinct = Använd minst { $min } olika tecken.
policy-digit-sequence =
    { $max ->
        [one] Undvik siffror i följd uppåt eller nedåt (som 1234 eller 9876).
       *[other] Undvik fler än { $max } siffror i följd uppåt eller nedåt (som 1234 eller 9876).
    }
policy-repeated-char =
    { $max ->
        [one] Upprepa inte samma tecken två gånger i rad.
       *[other] Upprepa inte samma tecken fler än { $max } gånger i rad.
    }
policy-contains-username = Ta inte med ditt användarnamn i lösenordet.
policy-similar-to-username = Lösenordet liknar ditt användarnamn för mycket: välj något annat.
policy-contains-name = Ta inte med ditt förnamn eller efternamn i lösenordet.
# $word (text): the institution or service word that was found.
policy-institution-word = Ta bort ordet ”{ $word }”: lösenord får inte innehålla namnet på lärosätet eller dess tjänster.
policy-blocklisted = Lösenordet är för vanligt eller har förekommit i en dataläcka: välj ett annat.
policy-regex = Lösenordet följer inte en av tjänstens regler.
policy-weak = Lösenordet är för lätt att gissa: gör det längre, till exempel med några ovanliga ord.
policy-in-history =
    { $count ->
        [one] Välj ett annat lösenord än ditt senaste.
       *[other] Välj ett annat lösenord än dina { $count } senaste.
    }

## Rules, shown before the user types (full sentences, see above)

policy-rule-too-short =
    { $min ->
        [one] Lösenordet måste ha minst { $min } tecken.
       *[other] Lösenordet måste ha minst { $min } tecken.
    }
policy-rule-too-long =
    { $max ->
        [one] Lösenordet får ha högst { $max } tecken.
       *[other] Lösenordet får ha högst { $max } tecken.
    }
policy-rule-control-character = Lösenordet får inte innehålla styrtecken.
policy-rule-blank = Lösenordet får inte bestå av bara mellanslag.
policy-rule-min-lower =
    { $min ->
        [one] Lösenordet måste innehålla minst { $min } liten bokstav.
       *[other] Lösenordet måste innehålla minst { $min } små bokstäver.
    }
policy-rule-min-upper =
    { $min ->
        [one] Lösenordet måste innehålla minst { $min } stor bokstav.
       *[other] Lösenordet måste innehålla minst { $min } stora bokstäver.
    }
policy-rule-min-digit =
    { $min ->
        [one] Lösenordet måste innehålla minst { $min } siffra.
       *[other] Lösenordet måste innehålla minst { $min } siffror.
    }
policy-rule-min-special =
    { $min ->
        [one] Lösenordet måste innehålla minst { $min } tecken som inte är en bokstav eller siffra.
       *[other] Lösenordet måste innehålla minst { $min } tecken som inte är bokstäver eller siffror.
    }
policy-rule-char-classes = Lösenordet måste blanda minst { $min } av följande: små bokstäver, stora bokstäver, siffror, symboler.
policy-rule-min-distinct = Lösenordet måste ha minst { $min } olika tecken.
policy-rule-digit-sequence =
    { $max ->
        [one] Lösenordet får inte innehålla siffror i följd i stigande eller fallande ordning.
       *[other] Lösenordet får inte innehålla fler än { $max } siffror i följd i stigande eller fallande ordning.
    }
policy-rule-repeated-char =
    { $max ->
        [one] Lösenordet får inte upprepa samma tecken två gånger i rad.
       *[other] Lösenordet får inte upprepa samma tecken fler än { $max } gånger i rad.
    }
policy-rule-contains-username = Lösenordet får inte innehålla ditt användarnamn.
# $percent: the similarity threshold, for integrators; the sentence does not need it.
policy-rule-similar-to-username = Lösenordet får inte likna ditt användarnamn för mycket.
policy-rule-contains-name = Lösenordet får inte innehålla ditt förnamn eller efternamn.
# $words (text): the configured words, comma-separated.
policy-rule-institution-word = Lösenordet får inte innehålla följande ord: { $words }.
policy-rule-blocklisted = Lösenordet får inte vara ett vanligt lösenord eller ett lösenord som har läckt.
policy-rule-regex = Lösenordet måste följa tjänstens ytterligare regler.
policy-rule-weak = Lösenordet får inte vara lätt att gissa (styrka minst { $min } av 4).
policy-rule-in-history =
    { $count ->
        [one] Lösenordet måste skilja sig från ditt senaste lösenord.
       *[other] Lösenordet måste skilja sig från dina { $count } senaste lösenord.
    }

## Strength meter

policy-score-0 = Mycket svagt
policy-score-1 = Svagt
policy-score-2 = Godtagbart
policy-score-3 = Starkt
policy-score-4 = Mycket starkt
policy-suggestions = Förslag på lösenord
policy-suggestions-pick = Klicka på ett för att använda det

## Strength hints (zxcvbn feedback)

policy-hint-straight-rows = Raka tangentrader (som qwerty) är lätta att gissa.
policy-hint-keyboard-pattern = Korta tangentbordsmönster är lätta att gissa.
policy-hint-repeats = Upprepningar som ”aaa” är lätta att gissa.
policy-hint-repeated-groups = Upprepningar som ”abcabcabc” är bara lite svårare att gissa än ”abc”.
policy-hint-top10 = Det här är ett av de 10 vanligaste lösenorden.
policy-hint-top100 = Det här är ett av de 100 vanligaste lösenorden.
policy-hint-common = Det här är ett mycket vanligt lösenord.
policy-hint-similar-to-common = Det här liknar ett mycket vanligt lösenord.
policy-hint-sequences = Sekvenser som ”abc” eller ”6543” är lätta att gissa.
policy-hint-recent-years = Årtal från senare år är lätta att gissa.
policy-hint-single-word = Ett ensamt ord är lätt att gissa.
policy-hint-dates = Datum är ofta lätta att gissa.
policy-hint-names = Förnamn och efternamn för sig är lätta att gissa.
policy-hint-common-names = Vanliga förnamn och efternamn är lätta att gissa.
policy-hint-use-words = Använd några ord och undvik vanliga fraser.
policy-hint-no-need-for-symbols = Symboler, siffror och stora bokstäver behövs inte.
policy-hint-add-word = Lägg till ett eller två ord till; ovanliga ord är bättre.
policy-hint-capitalization = Stora bokstäver hjälper inte mycket.
policy-hint-all-uppercase = Bara stora bokstäver är nästan lika lätt att gissa som bara små.
policy-hint-reversed-words = Ord som stavas baklänges är inte mycket svårare att gissa.
policy-hint-substitutions = Förutsägbara utbyten, som ”@” i stället för ”a”, hjälper inte mycket.
policy-hint-longer-keyboard-pattern = Använd ett längre tangentbordsmönster med fler riktningsbyten.
policy-hint-avoid-repeats = Undvik upprepade ord och tecken.
policy-hint-avoid-sequences = Undvik sekvenser.
policy-hint-avoid-recent-years = Undvik årtal från senare år.
policy-hint-avoid-personal-years = Undvik årtal som har med dig att göra.
policy-hint-avoid-personal-dates = Undvik datum och årtal som har med dig att göra.
policy-class-max =
    { $class ->
        [lower] Använd högst { $max ->
            [one] { $max } liten bokstav
           *[other] { $max } små bokstäver
        }.
        [upper] Använd högst { $max ->
            [one] { $max } stor bokstav
           *[other] { $max } stora bokstäver
        }.
        [digit] Använd högst { $max ->
            [one] { $max } siffra
           *[other] { $max } siffror
        }.
       *[special] Använd högst { $max } specialtecken.
    }
policy-rule-class-max =
    { $class ->
        [lower] Lösenordet får ha högst { $max ->
            [one] { $max } liten bokstav
           *[other] { $max } små bokstäver
        }.
        [upper] Lösenordet får ha högst { $max ->
            [one] { $max } stor bokstav
           *[other] { $max } stora bokstäver
        }.
        [digit] Lösenordet får ha högst { $max ->
            [one] { $max } siffra
           *[other] { $max } siffror
        }.
       *[special] Lösenordet får ha högst { $max } specialtecken.
    }
policy-sequence = Undvik bokstäver eller tangenter i följd (som abcd eller qwer): högst { $max } i rad.
policy-rule-sequence =
    { $max ->
        [one] Lösenordet får inte innehålla bokstäver eller tangenter i följd (som abcd eller qwer).
       *[other] Lösenordet får inte innehålla fler än { $max } bokstäver eller tangenter i följd (som abcd eller qwer).
    }
policy-occurrences =
    { $max ->
        [one] Använd inget tecken mer än en gång.
       *[other] Använd inget tecken fler än { $max } gånger.
    }
policy-rule-occurrences =
    { $max ->
        [one] Lösenordet får inte innehålla något tecken mer än en gång.
       *[other] Lösenordet får inte innehålla något tecken fler än { $max } gånger.
    }
policy-special-at-end = Börja eller sluta inte lösenordet med ett specialtecken.
policy-rule-special-at-end = Lösenordet får inte börja eller sluta med ett specialtecken.
policy-contains-attribute = Ta inte med namnet i din e-postadress eller ditt anställnings- eller studentnummer i lösenordet.
policy-rule-contains-attribute = Lösenordet får inte innehålla namnet i din e-postadress eller ditt anställnings- eller studentnummer.
policy-similar-to-old = Det nya lösenordet liknar det nuvarande för mycket: ändra mer i det.
policy-rule-similar-to-old = Det nya lösenordet får inte likna ditt nuvarande lösenord för mycket.
