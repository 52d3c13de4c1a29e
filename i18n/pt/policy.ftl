# Password policy (src/policy). Ids: policy-<code> tells the user what to do
# about a violation; policy-rule-<code> describes an active rule up front;
# policy-hint-<code> is strength feedback. Arguments are numbers unless noted.

## Violations

policy-too-short =
    { $min ->
        [one] Utilize pelo menos { $min } carácter.
       *[other] Utilize pelo menos { $min } caracteres.
    }
policy-too-long =
    { $max ->
        [one] Utilize no máximo { $max } carácter.
       *[other] Utilize no máximo { $max } caracteres.
    }
policy-control-character = Remova da palavra-passe os caracteres de controlo (como NUL ou uma tabulação).
policy-blank = Uma palavra-passe só com espaços não serve de palavra-passe: utilize letras, algarismos ou símbolos.
policy-min-lower =
    { $min ->
        [one] Acrescente pelo menos { $min } letra minúscula.
       *[other] Acrescente pelo menos { $min } letras minúsculas.
    }
policy-min-upper =
    { $min ->
        [one] Acrescente pelo menos { $min } letra maiúscula.
       *[other] Acrescente pelo menos { $min } letras maiúsculas.
    }
policy-min-digit =
    { $min ->
        [one] Acrescente pelo menos { $min } algarismo.
       *[other] Acrescente pelo menos { $min } algarismos.
    }
policy-min-special =
    { $min ->
        [one] Acrescente pelo menos { $min } carácter que não seja letra nem algarismo (por exemplo, ! # @ -).
       *[other] Acrescente pelo menos { $min } caracteres que não sejam letras nem algarismos (por exemplo, ! # @ -).
    }
policy-char-classes = Combine pelo menos { $min } destes tipos: letras minúsculas, letras maiúsculas, algarismos, símbolos.
policy-min-distinct =
    { $min ->
        [one] Utilize pelo menos { $min } carácter diferente.
       *[other] Utilize pelo menos { $min } caracteres diferentes.
    }
policy-digit-sequence =
    { $max ->
        [one] Evite sequências de mais de { $max } algarismo consecutivo, por ordem crescente ou decrescente (como 1234 ou 9876).
       *[other] Evite sequências de mais de { $max } algarismos consecutivos, por ordem crescente ou decrescente (como 1234 ou 9876).
    }
policy-repeated-char =
    { $max ->
        [one] Não repita um carácter duas vezes seguidas.
       *[other] Não repita um carácter mais de { $max } vezes seguidas.
    }
policy-contains-username = Não inclua o seu nome de utilizador na palavra-passe.
policy-similar-to-username = A palavra-passe é demasiado parecida com o seu nome de utilizador: escolha algo diferente.
policy-contains-name = Não inclua o seu nome próprio nem o seu apelido na palavra-passe.
# $word (text): the institution or service word that was found.
policy-institution-word = Remova a palavra «{ $word }»: as palavras-passe não podem conter o nome da instituição nem o dos seus serviços.
policy-blocklisted = Esta palavra-passe é demasiado comum ou apareceu numa fuga de dados: escolha outra.
policy-regex = A palavra-passe não cumpre uma das regras deste serviço.
# $min: required zxcvbn score (0-4); $score: the password's score.
policy-weak = Esta palavra-passe é demasiado fácil de adivinhar: torne-a mais longa, por exemplo com algumas palavras pouco comuns.
policy-in-history =
    { $count ->
        [one] Escolha uma palavra-passe diferente da última que utilizou.
       *[other] Escolha uma palavra-passe diferente das últimas { $count } que utilizou.
    }

## Rules, shown before the user types

policy-rule-too-short =
    { $min ->
        [one] A palavra-passe tem de ter pelo menos { $min } carácter.
       *[other] A palavra-passe tem de ter pelo menos { $min } caracteres.
    }
policy-rule-too-long =
    { $max ->
        [one] A palavra-passe pode ter, no máximo, { $max } carácter.
       *[other] A palavra-passe pode ter, no máximo, { $max } caracteres.
    }
policy-rule-control-character = A palavra-passe não pode conter caracteres de controlo.
policy-rule-blank = A palavra-passe não pode ser composta apenas por espaços.
policy-rule-min-lower =
    { $min ->
        [one] A palavra-passe tem de conter pelo menos { $min } letra minúscula.
       *[other] A palavra-passe tem de conter pelo menos { $min } letras minúsculas.
    }
policy-rule-min-upper =
    { $min ->
        [one] A palavra-passe tem de conter pelo menos { $min } letra maiúscula.
       *[other] A palavra-passe tem de conter pelo menos { $min } letras maiúsculas.
    }
policy-rule-min-digit =
    { $min ->
        [one] A palavra-passe tem de conter pelo menos { $min } algarismo.
       *[other] A palavra-passe tem de conter pelo menos { $min } algarismos.
    }
policy-rule-min-special =
    { $min ->
        [one] A palavra-passe tem de conter pelo menos { $min } carácter não alfanumérico.
       *[other] A palavra-passe tem de conter pelo menos { $min } caracteres não alfanuméricos.
    }
policy-rule-char-classes = A palavra-passe tem de combinar pelo menos { $min } destes tipos: letras minúsculas, letras maiúsculas, algarismos, símbolos.
policy-rule-min-distinct =
    { $min ->
        [one] A palavra-passe tem de ter pelo menos { $min } carácter diferente.
       *[other] A palavra-passe tem de ter pelo menos { $min } caracteres diferentes.
    }
policy-rule-digit-sequence =
    { $max ->
        [one] A palavra-passe não pode conter mais de { $max } algarismo consecutivo por ordem crescente ou decrescente.
       *[other] A palavra-passe não pode conter mais de { $max } algarismos consecutivos por ordem crescente ou decrescente.
    }
policy-rule-repeated-char =
    { $max ->
        [one] A palavra-passe não pode repetir um carácter duas vezes seguidas.
       *[other] A palavra-passe não pode repetir um carácter mais de { $max } vezes seguidas.
    }
policy-rule-contains-username = A palavra-passe não pode conter o seu nome de utilizador.
# $percent: the similarity threshold, for integrators; the sentence does not need it.
policy-rule-similar-to-username = A palavra-passe não pode ser demasiado parecida com o seu nome de utilizador.
policy-rule-contains-name = A palavra-passe não pode conter o seu nome próprio nem o seu apelido.
# $words (text): the configured words, comma-separated.
policy-rule-institution-word = A palavra-passe não pode conter estas palavras: { $words }.
policy-rule-blocklisted = A palavra-passe não pode ser uma palavra-passe comum nem ter aparecido numa fuga de dados.
policy-rule-regex = A palavra-passe tem de cumprir as regras adicionais deste serviço.
policy-rule-weak = A palavra-passe não pode ser fácil de adivinhar (nível de segurança mínimo: { $min } em 4).
policy-rule-in-history =
    { $count ->
        [one] A palavra-passe tem de ser diferente da última que utilizou.
       *[other] A palavra-passe tem de ser diferente das últimas { $count } que utilizou.
    }

## Strength meter

policy-score-0 = Muito fraca
policy-score-1 = Fraca
policy-score-2 = Razoável
policy-score-3 = Forte
policy-score-4 = Muito forte
policy-suggestions = Palavras-passe sugeridas
policy-suggestions-pick = Clique numa para a utilizar

## Strength hints (zxcvbn feedback)

policy-hint-straight-rows = Filas seguidas de teclas (como qwerty) são fáceis de adivinhar.
policy-hint-keyboard-pattern = Padrões de teclado curtos são fáceis de adivinhar.
policy-hint-repeats = Repetições como «aaa» são fáceis de adivinhar.
policy-hint-repeated-groups = Repetições como «abcabcabc» são apenas um pouco mais difíceis de adivinhar do que «abc».
policy-hint-top10 = Esta é uma das 10 palavras-passe mais comuns.
policy-hint-top100 = Esta é uma das 100 palavras-passe mais comuns.
policy-hint-common = Esta é uma palavra-passe muito comum.
policy-hint-similar-to-common = É parecida com uma palavra-passe muito comum.
policy-hint-sequences = Sequências como «abc» ou «6543» são fáceis de adivinhar.
policy-hint-recent-years = Anos recentes são fáceis de adivinhar.
policy-hint-single-word = Uma palavra isolada é fácil de adivinhar.
policy-hint-dates = As datas são muitas vezes fáceis de adivinhar.
policy-hint-names = Nomes próprios e apelidos isolados são fáceis de adivinhar.
policy-hint-common-names = Nomes próprios e apelidos comuns são fáceis de adivinhar.
policy-hint-use-words = Utilize várias palavras e evite expressões comuns.
policy-hint-no-need-for-symbols = Não é obrigatório usar símbolos, algarismos nem maiúsculas.
policy-hint-add-word = Acrescente mais uma ou duas palavras; palavras pouco comuns são melhores.
policy-hint-capitalization = As maiúsculas não ajudam muito.
policy-hint-all-uppercase = Tudo em maiúsculas é quase tão fácil de adivinhar como tudo em minúsculas.
policy-hint-reversed-words = Palavras escritas ao contrário não são muito mais difíceis de adivinhar.
policy-hint-substitutions = Substituições previsíveis, como «@» em vez de «a», não ajudam muito.
policy-hint-longer-keyboard-pattern = Utilize um padrão de teclado mais longo e com mais mudanças de direção.
policy-hint-avoid-repeats = Evite palavras e caracteres repetidos.
policy-hint-avoid-sequences = Evite sequências.
policy-hint-avoid-recent-years = Evite anos recentes.
policy-hint-avoid-personal-years = Evite anos associados a si.
policy-hint-avoid-personal-dates = Evite datas e anos associados a si.
policy-class-max =
    { $class ->
        [lower] Utilize no máximo { $max ->
            [one] { $max } letra minúscula
           *[other] { $max } letras minúsculas
        }.
        [upper] Utilize no máximo { $max ->
            [one] { $max } letra maiúscula
           *[other] { $max } letras maiúsculas
        }.
        [digit] Utilize no máximo { $max ->
            [one] { $max } algarismo
           *[other] { $max } algarismos
        }.
       *[special] Utilize no máximo { $max ->
            [one] { $max } carácter especial
           *[other] { $max } caracteres especiais
        }.
    }
policy-rule-class-max =
    { $class ->
        [lower] A palavra-passe pode ter, no máximo, { $max ->
            [one] { $max } letra minúscula
           *[other] { $max } letras minúsculas
        }.
        [upper] A palavra-passe pode ter, no máximo, { $max ->
            [one] { $max } letra maiúscula
           *[other] { $max } letras maiúsculas
        }.
        [digit] A palavra-passe pode ter, no máximo, { $max ->
            [one] { $max } algarismo
           *[other] { $max } algarismos
        }.
       *[special] A palavra-passe pode ter, no máximo, { $max ->
            [one] { $max } carácter especial
           *[other] { $max } caracteres especiais
        }.
    }
policy-sequence = Evite sequências de letras ou teclas seguidas (como abcd ou qwer): no máximo { $max ->
        [one] { $max } seguida
       *[other] { $max } seguidas
    }.
policy-rule-sequence =
    { $max ->
        [one] A palavra-passe não pode ter mais de { $max } letra ou tecla seguida (como abcd ou qwer).
       *[other] A palavra-passe não pode ter mais de { $max } letras ou teclas seguidas (como abcd ou qwer).
    }
policy-occurrences =
    { $max ->
        [one] Não utilize nenhum carácter mais de { $max } vez.
       *[other] Não utilize nenhum carácter mais de { $max } vezes.
    }
policy-rule-occurrences =
    { $max ->
        [one] Nenhum carácter pode aparecer mais de { $max } vez.
       *[other] Nenhum carácter pode aparecer mais de { $max } vezes.
    }
policy-special-at-end = Não comece nem termine a palavra-passe com um carácter especial.
policy-rule-special-at-end = A palavra-passe não pode começar nem terminar com um carácter especial.
policy-contains-attribute = Não inclua na palavra-passe a parte do seu email antes da @ nem o seu número de trabalhador ou de estudante.
policy-rule-contains-attribute = A palavra-passe não pode conter a parte do seu email antes da @ nem o seu número de trabalhador ou de estudante.
policy-similar-to-old = A nova palavra-passe é demasiado parecida com a atual: altere mais caracteres.
policy-rule-similar-to-old = A nova palavra-passe não pode ser demasiado parecida com a atual.
