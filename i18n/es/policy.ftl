# Password policy (src/policy). Ids: policy-<code> tells the user what to do
# about a violation; policy-rule-<code> describes an active rule up front;
# policy-hint-<code> is strength feedback. Arguments are numbers unless noted.

## Violations

policy-too-short =
    { $min ->
        [one] Utilice al menos { $min } carácter.
       *[other] Utilice al menos { $min } caracteres.
    }
policy-too-long =
    { $max ->
        [one] Utilice como máximo { $max } carácter.
       *[other] Utilice como máximo { $max } caracteres.
    }
policy-control-character = Elimine de la contraseña los caracteres de control (como NUL o un tabulador).
policy-blank = Una contraseña formada solo por espacios no sirve como contraseña: utilice letras, dígitos o símbolos.
policy-min-lower =
    { $min ->
        [one] Añada al menos { $min } letra minúscula.
       *[other] Añada al menos { $min } letras minúsculas.
    }
policy-min-upper =
    { $min ->
        [one] Añada al menos { $min } letra mayúscula.
       *[other] Añada al menos { $min } letras mayúsculas.
    }
policy-min-digit =
    { $min ->
        [one] Añada al menos { $min } dígito.
       *[other] Añada al menos { $min } dígitos.
    }
policy-min-special =
    { $min ->
        [one] Añada al menos { $min } carácter que no sea una letra ni un dígito (por ejemplo, ! # @ -).
       *[other] Añada al menos { $min } caracteres que no sean letras ni dígitos (por ejemplo, ! # @ -).
    }
policy-char-classes = Combine al menos { $min } de estos tipos: letras minúsculas, letras mayúsculas, dígitos, símbolos.
policy-min-distinct =
    { $min ->
        [one] Utilice al menos { $min } carácter distinto.
       *[other] Utilice al menos { $min } caracteres distintos.
    }
policy-digit-sequence =
    { $max ->
        [one] Evite series de más de { $max } dígito consecutivo en orden ascendente o descendente (como 1234 o 9876).
       *[other] Evite series de más de { $max } dígitos consecutivos en orden ascendente o descendente (como 1234 o 9876).
    }
policy-repeated-char =
    { $max ->
        [one] No repita un mismo carácter dos veces seguidas.
       *[other] No repita un mismo carácter más de { $max } veces seguidas.
    }
policy-contains-username = No incluya su nombre de usuario en la contraseña.
policy-similar-to-username = La contraseña se parece demasiado a su nombre de usuario: elija algo diferente.
policy-contains-name = No incluya su nombre ni sus apellidos en la contraseña.
# $word (text): the institution or service word that was found.
policy-institution-word = Elimine la palabra «{ $word }»: las contraseñas no deben contener el nombre de la universidad ni el de sus servicios.
policy-blocklisted = Esta contraseña es demasiado común o ha aparecido en una filtración de datos: elija otra.
policy-regex = La contraseña no cumple una de las reglas de este servicio.
# $min: required zxcvbn score (0-4); $score: the password's score.
policy-weak = Esta contraseña es demasiado fácil de adivinar: hágala más larga, por ejemplo con algunas palabras poco comunes.
policy-in-history =
    { $count ->
        [one] Elija una contraseña distinta de la última que ha utilizado.
       *[other] Elija una contraseña distinta de las últimas { $count } que ha utilizado.
    }

## Rules, shown before the user types

policy-rule-too-short =
    { $min ->
        [one] La contraseña debe tener al menos { $min } carácter.
       *[other] La contraseña debe tener al menos { $min } caracteres.
    }
policy-rule-too-long =
    { $max ->
        [one] La contraseña puede tener como máximo { $max } carácter.
       *[other] La contraseña puede tener como máximo { $max } caracteres.
    }
policy-rule-control-character = La contraseña no debe contener caracteres de control.
policy-rule-blank = La contraseña no puede estar formada solo por espacios.
policy-rule-min-lower =
    { $min ->
        [one] La contraseña debe contener al menos { $min } letra minúscula.
       *[other] La contraseña debe contener al menos { $min } letras minúsculas.
    }
policy-rule-min-upper =
    { $min ->
        [one] La contraseña debe contener al menos { $min } letra mayúscula.
       *[other] La contraseña debe contener al menos { $min } letras mayúsculas.
    }
policy-rule-min-digit =
    { $min ->
        [one] La contraseña debe contener al menos { $min } dígito.
       *[other] La contraseña debe contener al menos { $min } dígitos.
    }
policy-rule-min-special =
    { $min ->
        [one] La contraseña debe contener al menos { $min } carácter no alfanumérico.
       *[other] La contraseña debe contener al menos { $min } caracteres no alfanuméricos.
    }
policy-rule-char-classes = La contraseña debe combinar al menos { $min } de estos tipos: letras minúsculas, letras mayúsculas, dígitos, símbolos.
policy-rule-min-distinct =
    { $min ->
        [one] La contraseña debe tener al menos { $min } carácter distinto.
       *[other] La contraseña debe tener al menos { $min } caracteres distintos.
    }
policy-rule-digit-sequence =
    { $max ->
        [one] La contraseña no debe contener más de { $max } dígito consecutivo en orden ascendente o descendente.
       *[other] La contraseña no debe contener más de { $max } dígitos consecutivos en orden ascendente o descendente.
    }
policy-rule-repeated-char =
    { $max ->
        [one] La contraseña no debe repetir un mismo carácter dos veces seguidas.
       *[other] La contraseña no debe repetir un mismo carácter más de { $max } veces seguidas.
    }
policy-rule-contains-username = La contraseña no debe contener su nombre de usuario.
# $percent: the similarity threshold, for integrators; the sentence does not need it.
policy-rule-similar-to-username = La contraseña no debe parecerse demasiado a su nombre de usuario.
policy-rule-contains-name = La contraseña no debe contener su nombre ni sus apellidos.
# $words (text): the configured words, comma-separated.
policy-rule-institution-word = La contraseña no debe contener estas palabras: { $words }.
policy-rule-blocklisted = La contraseña no debe ser una contraseña común ni haber aparecido en una filtración de datos.
policy-rule-regex = La contraseña debe cumplir las reglas adicionales de este servicio.
policy-rule-weak = La contraseña no debe ser fácil de adivinar (nivel de seguridad mínimo: { $min } sobre 4).
policy-rule-in-history =
    { $count ->
        [one] La contraseña debe ser distinta de la última que ha utilizado.
       *[other] La contraseña debe ser distinta de las últimas { $count } que ha utilizado.
    }

## Strength meter

policy-score-0 = Muy débil
policy-score-1 = Débil
policy-score-2 = Aceptable
policy-score-3 = Fuerte
policy-score-4 = Muy fuerte
policy-suggestions = Contraseñas sugeridas
policy-suggestions-pick = Haga clic en una para utilizarla

## Strength hints (zxcvbn feedback)

policy-hint-straight-rows = Las filas seguidas de teclas (como qwerty) son fáciles de adivinar.
policy-hint-keyboard-pattern = Los patrones de teclado cortos son fáciles de adivinar.
policy-hint-repeats = Las repeticiones como «aaa» son fáciles de adivinar.
policy-hint-repeated-groups = Las repeticiones como «abcabcabc» son solo un poco más difíciles de adivinar que «abc».
policy-hint-top10 = Es una de las 10 contraseñas más comunes.
policy-hint-top100 = Es una de las 100 contraseñas más comunes.
policy-hint-common = Es una contraseña muy común.
policy-hint-similar-to-common = Se parece a una contraseña muy común.
policy-hint-sequences = Las secuencias como «abc» o «6543» son fáciles de adivinar.
policy-hint-recent-years = Los años recientes son fáciles de adivinar.
policy-hint-single-word = Una sola palabra es fácil de adivinar.
policy-hint-dates = Las fechas suelen ser fáciles de adivinar.
policy-hint-names = Los nombres y apellidos por sí solos son fáciles de adivinar.
policy-hint-common-names = Los nombres y apellidos comunes son fáciles de adivinar.
policy-hint-use-words = Utilice varias palabras y evite las frases hechas.
policy-hint-no-need-for-symbols = No es necesario usar símbolos, dígitos ni mayúsculas.
policy-hint-add-word = Añada una o dos palabras más; mejor si son poco comunes.
policy-hint-capitalization = Las mayúsculas no ayudan mucho.
policy-hint-all-uppercase = Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.
policy-hint-reversed-words = Las palabras escritas al revés no son mucho más difíciles de adivinar.
policy-hint-substitutions = Las sustituciones previsibles, como «@» en lugar de «a», no ayudan mucho.
policy-hint-longer-keyboard-pattern = Utilice un patrón de teclado más largo y con más cambios de dirección.
policy-hint-avoid-repeats = Evite las palabras y los caracteres repetidos.
policy-hint-avoid-sequences = Evite las secuencias.
policy-hint-avoid-recent-years = Evite los años recientes.
policy-hint-avoid-personal-years = Evite los años relacionados con usted.
policy-hint-avoid-personal-dates = Evite las fechas y los años relacionados con usted.
policy-class-max =
    { $class ->
        [lower] Utilice como máximo { $max ->
            [one] { $max } letra minúscula
           *[other] { $max } letras minúsculas
        }.
        [upper] Utilice como máximo { $max ->
            [one] { $max } letra mayúscula
           *[other] { $max } letras mayúsculas
        }.
        [digit] Utilice como máximo { $max ->
            [one] { $max } dígito
           *[other] { $max } dígitos
        }.
       *[special] Utilice como máximo { $max ->
            [one] { $max } carácter especial
           *[other] { $max } caracteres especiales
        }.
    }
policy-rule-class-max =
    { $class ->
        [lower] La contraseña puede tener como máximo { $max ->
            [one] { $max } letra minúscula
           *[other] { $max } letras minúsculas
        }.
        [upper] La contraseña puede tener como máximo { $max ->
            [one] { $max } letra mayúscula
           *[other] { $max } letras mayúsculas
        }.
        [digit] La contraseña puede tener como máximo { $max ->
            [one] { $max } dígito
           *[other] { $max } dígitos
        }.
       *[special] La contraseña puede tener como máximo { $max ->
            [one] { $max } carácter especial
           *[other] { $max } caracteres especiales
        }.
    }
policy-sequence = Evite series de letras o teclas seguidas (como abcd o qwer): como máximo { $max ->
        [one] { $max } seguida
       *[other] { $max } seguidas
    }.
policy-rule-sequence =
    { $max ->
        [one] La contraseña no debe tener más de { $max } letra o tecla seguida (como abcd o qwer).
       *[other] La contraseña no debe tener más de { $max } letras o teclas seguidas (como abcd o qwer).
    }
policy-occurrences =
    { $max ->
        [one] No utilice ningún carácter más de { $max } vez.
       *[other] No utilice ningún carácter más de { $max } veces.
    }
policy-rule-occurrences =
    { $max ->
        [one] Ningún carácter puede aparecer más de { $max } vez.
       *[other] Ningún carácter puede aparecer más de { $max } veces.
    }
policy-special-at-end = No empiece ni termine la contraseña con un carácter especial.
policy-rule-special-at-end = La contraseña no debe empezar ni terminar con un carácter especial.
policy-contains-attribute = No incluya en la contraseña la parte de su correo electrónico anterior a la @ ni su número de personal o de estudiante.
policy-rule-contains-attribute = La contraseña no debe contener la parte de su correo electrónico anterior a la @ ni su número de personal o de estudiante.
policy-similar-to-old = La nueva contraseña se parece demasiado a la actual: cambie más caracteres.
policy-rule-similar-to-old = La nueva contraseña no debe parecerse demasiado a la actual.
