# cs: pravidla pro hesla (src/policy). Identifikátory: policy-<kód> říká, co udělat
# při porušení pravidla; policy-rule-<kód> popisuje platné pravidlo (celá věta,
# zobrazuje se i samostatně); policy-hint-<kód> jsou rady k síle hesla.
# Argumenty jsou čísla, pokud není uvedeno jinak.

## Porušení pravidel

policy-too-short =
    { $min ->
        [one] Použijte alespoň { $min } znak.
        [few] Použijte alespoň { $min } znaky.
        [many] Použijte alespoň { $min } znaku.
       *[other] Použijte alespoň { $min } znaků.
    }
policy-too-long =
    { $max ->
        [one] Použijte nejvýše { $max } znak.
        [few] Použijte nejvýše { $max } znaky.
        [many] Použijte nejvýše { $max } znaku.
       *[other] Použijte nejvýše { $max } znaků.
    }
policy-control-character = Odstraňte z hesla řídicí znaky (například NUL nebo tabulátor).
policy-blank = Heslo tvořené pouze mezerami není heslo: použijte písmena, číslice nebo symboly.
policy-min-lower =
    { $min ->
        [one] Přidejte alespoň { $min } malé písmeno.
        [few] Přidejte alespoň { $min } malá písmena.
        [many] Přidejte alespoň { $min } malého písmena.
       *[other] Přidejte alespoň { $min } malých písmen.
    }
policy-min-upper =
    { $min ->
        [one] Přidejte alespoň { $min } velké písmeno.
        [few] Přidejte alespoň { $min } velká písmena.
        [many] Přidejte alespoň { $min } velkého písmena.
       *[other] Přidejte alespoň { $min } velkých písmen.
    }
policy-min-digit =
    { $min ->
        [one] Přidejte alespoň { $min } číslici.
        [few] Přidejte alespoň { $min } číslice.
        [many] Přidejte alespoň { $min } číslice.
       *[other] Přidejte alespoň { $min } číslic.
    }
policy-min-special =
    { $min ->
        [one] Přidejte alespoň { $min } znak, který není písmenem ani číslicí (například ! # @ -).
        [few] Přidejte alespoň { $min } znaky, které nejsou písmeny ani číslicemi (například ! # @ -).
        [many] Přidejte alespoň { $min } znaku, který není písmenem ani číslicí (například ! # @ -).
       *[other] Přidejte alespoň { $min } znaků, které nejsou písmeny ani číslicemi (například ! # @ -).
    }
policy-char-classes = Zkombinujte alespoň { $min } z těchto druhů znaků: malá písmena, velká písmena, číslice, symboly.
policy-min-distinct =
    { $min ->
        [one] Použijte alespoň { $min } různý znak.
        [few] Použijte alespoň { $min } různé znaky.
        [many] Použijte alespoň { $min } různého znaku.
       *[other] Použijte alespoň { $min } různých znaků.
    }
policy-digit-sequence = Vyhněte se vzestupným nebo sestupným řadám po sobě jdoucích číslic (například 1234 nebo 9876) delším než { $max }.
policy-repeated-char =
    { $max ->
        [one] Neopakujte stejný znak dvakrát za sebou.
        [few] Neopakujte stejný znak více než { $max }krát za sebou.
        [many] Neopakujte stejný znak více než { $max }krát za sebou.
       *[other] Neopakujte stejný znak více než { $max }krát za sebou.
    }
policy-contains-username = Nepoužívejte v hesle své uživatelské jméno.
policy-similar-to-username = Heslo se příliš podobá vašemu uživatelskému jménu: zvolte něco jiného.
policy-contains-name = Nepoužívejte v hesle své jméno ani příjmení.
# $word (text): nalezené slovo – název univerzity nebo služby.
policy-institution-word = Odstraňte slovo „{ $word }“: hesla nesmí obsahovat název univerzity ani jejích služeb.
policy-blocklisted = Toto heslo je příliš běžné nebo se objevilo v úniku dat: zvolte jiné.
policy-regex = Heslo nesplňuje jedno z pravidel této služby.
# $min: požadované skóre zxcvbn (0-4); $score: skóre hesla.
policy-weak = Toto heslo lze příliš snadno uhodnout: prodlužte ho, například několika méně běžnými slovy.
policy-in-history =
    { $count ->
        [one] Zvolte jiné heslo, než bylo vaše poslední.
        [few] Zvolte heslo odlišné od vašich posledních { $count } hesel.
        [many] Zvolte heslo odlišné od vašich posledních { $count } hesel.
       *[other] Zvolte heslo odlišné od vašich posledních { $count } hesel.
    }

## Pravidla zobrazená před zadáním hesla

policy-rule-too-short =
    { $min ->
        [one] Heslo musí mít alespoň { $min } znak.
        [few] Heslo musí mít alespoň { $min } znaky.
        [many] Heslo musí mít alespoň { $min } znaku.
       *[other] Heslo musí mít alespoň { $min } znaků.
    }
policy-rule-too-long =
    { $max ->
        [one] Heslo smí mít nejvýše { $max } znak.
        [few] Heslo smí mít nejvýše { $max } znaky.
        [many] Heslo smí mít nejvýše { $max } znaku.
       *[other] Heslo smí mít nejvýše { $max } znaků.
    }
policy-rule-control-character = Heslo nesmí obsahovat řídicí znaky.
policy-rule-blank = Heslo nesmí být tvořeno pouze mezerami.
policy-rule-min-lower =
    { $min ->
        [one] Heslo musí obsahovat alespoň { $min } malé písmeno.
        [few] Heslo musí obsahovat alespoň { $min } malá písmena.
        [many] Heslo musí obsahovat alespoň { $min } malého písmena.
       *[other] Heslo musí obsahovat alespoň { $min } malých písmen.
    }
policy-rule-min-upper =
    { $min ->
        [one] Heslo musí obsahovat alespoň { $min } velké písmeno.
        [few] Heslo musí obsahovat alespoň { $min } velká písmena.
        [many] Heslo musí obsahovat alespoň { $min } velkého písmena.
       *[other] Heslo musí obsahovat alespoň { $min } velkých písmen.
    }
policy-rule-min-digit =
    { $min ->
        [one] Heslo musí obsahovat alespoň { $min } číslici.
        [few] Heslo musí obsahovat alespoň { $min } číslice.
        [many] Heslo musí obsahovat alespoň { $min } číslice.
       *[other] Heslo musí obsahovat alespoň { $min } číslic.
    }
policy-rule-min-special =
    { $min ->
        [one] Heslo musí obsahovat alespoň { $min } speciální znak (jiný než písmeno a číslice).
        [few] Heslo musí obsahovat alespoň { $min } speciální znaky (jiné než písmena a číslice).
        [many] Heslo musí obsahovat alespoň { $min } speciálního znaku (jiného než písmeno a číslice).
       *[other] Heslo musí obsahovat alespoň { $min } speciálních znaků (jiných než písmena a číslice).
    }
policy-rule-char-classes = Heslo musí kombinovat alespoň { $min } z těchto druhů znaků: malá písmena, velká písmena, číslice, symboly.
policy-rule-min-distinct =
    { $min ->
        [one] Heslo musí obsahovat alespoň { $min } různý znak.
        [few] Heslo musí obsahovat alespoň { $min } různé znaky.
        [many] Heslo musí obsahovat alespoň { $min } různého znaku.
       *[other] Heslo musí obsahovat alespoň { $min } různých znaků.
    }
policy-rule-digit-sequence = Heslo nesmí obsahovat vzestupné ani sestupné řady po sobě jdoucích číslic delší než { $max }.
policy-rule-repeated-char =
    { $max ->
        [one] Heslo nesmí obsahovat stejný znak dvakrát za sebou.
        [few] Heslo nesmí obsahovat stejný znak více než { $max }krát za sebou.
        [many] Heslo nesmí obsahovat stejný znak více než { $max }krát za sebou.
       *[other] Heslo nesmí obsahovat stejný znak více než { $max }krát za sebou.
    }
policy-rule-contains-username = Heslo nesmí obsahovat vaše uživatelské jméno.
# $percent: práh podobnosti, pro integrátory; věta ho nepotřebuje.
policy-rule-similar-to-username = Heslo se nesmí příliš podobat vašemu uživatelskému jménu.
policy-rule-contains-name = Heslo nesmí obsahovat vaše jméno ani příjmení.
# $words (text): nastavená slova oddělená čárkami.
policy-rule-institution-word = Heslo nesmí obsahovat tato slova: { $words }.
policy-rule-blocklisted = Heslo nesmí patřit mezi běžná hesla ani hesla, která unikla.
policy-rule-regex = Heslo musí splňovat doplňující pravidla této služby.
policy-rule-weak = Heslo nesmí být snadno uhodnutelné (síla alespoň { $min } ze 4).
policy-rule-in-history =
    { $count ->
        [one] Heslo se musí lišit od vašeho posledního hesla.
        [few] Heslo se musí lišit od vašich posledních { $count } hesel.
        [many] Heslo se musí lišit od vašich posledních { $count } hesel.
       *[other] Heslo se musí lišit od vašich posledních { $count } hesel.
    }

## Ukazatel síly hesla

policy-score-0 = Velmi slabé
policy-score-1 = Slabé
policy-score-2 = Průměrné
policy-score-3 = Silné
policy-score-4 = Velmi silné
policy-suggestions = Navrhovaná hesla
policy-suggestions-pick = Kliknutím heslo použijete

## Rady k síle hesla (zpětná vazba zxcvbn)

policy-hint-straight-rows = Řady sousedních kláves (například qwerty) se snadno uhodnou.
policy-hint-keyboard-pattern = Krátké vzory na klávesnici se snadno uhodnou.
policy-hint-repeats = Opakování jako „aaa“ se snadno uhodnou.
policy-hint-repeated-groups = Opakování jako „abcabcabc“ se uhodnou jen o málo hůř než „abc“.
policy-hint-top10 = Toto je jedno z 10 nejběžnějších hesel.
policy-hint-top100 = Toto je jedno ze 100 nejběžnějších hesel.
policy-hint-common = Toto je velmi běžné heslo.
policy-hint-similar-to-common = Toto heslo se podobá velmi běžnému heslu.
policy-hint-sequences = Řady jako „abc“ nebo „6543“ se snadno uhodnou.
policy-hint-recent-years = Nedávné roky se snadno uhodnou.
policy-hint-single-word = Samotné slovo se snadno uhodne.
policy-hint-dates = Kalendářní data se často snadno uhodnou.
policy-hint-names = Samotná jména a příjmení se snadno uhodnou.
policy-hint-common-names = Běžná jména a příjmení se snadno uhodnou.
policy-hint-use-words = Použijte několik slov a vyhněte se běžným frázím.
policy-hint-no-need-for-symbols = Symboly, číslice a velká písmena nejsou nutné.
policy-hint-add-word = Přidejte ještě jedno nebo dvě slova; méně běžná slova jsou lepší.
policy-hint-capitalization = Velká písmena příliš nepomohou.
policy-hint-all-uppercase = Heslo psané celé velkými písmeny se uhodne téměř stejně snadno jako psané celé malými.
policy-hint-reversed-words = Slova psaná pozpátku se uhodnou jen o málo hůř.
policy-hint-substitutions = Předvídatelné záměny, jako „@“ místo „a“, příliš nepomohou.
policy-hint-longer-keyboard-pattern = Použijte delší vzor na klávesnici s více změnami směru.
policy-hint-avoid-repeats = Vyhněte se opakovaným slovům a znakům.
policy-hint-avoid-sequences = Vyhněte se řadám znaků.
policy-hint-avoid-recent-years = Vyhněte se nedávným rokům.
policy-hint-avoid-personal-years = Vyhněte se rokům, které s vámi souvisejí.
policy-hint-avoid-personal-dates = Vyhněte se datům a rokům, které s vámi souvisejí.
policy-class-max =
    { $class ->
        [lower] Snižte počet malých písmen na nejvýše { $max }.
        [upper] Snižte počet velkých písmen na nejvýše { $max }.
        [digit] Snižte počet číslic na nejvýše { $max }.
       *[special] Snižte počet speciálních znaků na nejvýše { $max }.
    }
policy-rule-class-max =
    { $class ->
        [lower] Počet malých písmen v hesle nesmí přesáhnout { $max }.
        [upper] Počet velkých písmen v hesle nesmí přesáhnout { $max }.
        [digit] Počet číslic v hesle nesmí přesáhnout { $max }.
       *[special] Počet speciálních znaků v hesle nesmí přesáhnout { $max }.
    }
policy-sequence = Vyhněte se řadám po sobě jdoucích písmen nebo kláves (například abcd nebo qwer): nejvýše { $max } za sebou.
policy-rule-sequence = Heslo nesmí obsahovat řady po sobě jdoucích písmen nebo kláves (například abcd nebo qwer) delší než { $max }.
policy-occurrences = Žádný znak nepoužijte více než { $max }krát.
policy-rule-occurrences = Žádný znak se v hesle nesmí vyskytovat více než { $max }krát.
policy-special-at-end = Nezačínejte ani nekončete heslo speciálním znakem.
policy-rule-special-at-end = Heslo nesmí začínat ani končit speciálním znakem.
policy-contains-attribute = Nepoužívejte v hesle název svého e-mailu (část před @) ani své osobní či studijní číslo.
policy-rule-contains-attribute = Heslo nesmí obsahovat název vašeho e-mailu (část před @) ani vaše osobní či studijní číslo.
policy-similar-to-old = Nové heslo se příliš podobá současnému: změňte v něm víc.
policy-rule-similar-to-old = Nové heslo se nesmí příliš podobat současnému.
