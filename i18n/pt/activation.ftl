# Activation journey (IHU URegister, UPHF "Activer mon compte"). Keep ids identical in el, en, it, fr, es, pt.
activation-title = Ativação da conta
activation-step = Passo { $n }/4
activation-intro = Uma só conta, para todos os seus perfis, em todos os serviços. Para confirmar a sua identidade, receberá um código de utilização única nos contactos que indicou à instituição. Depois de confirmar os seus dados e escolher a sua palavra-passe, a sua conta fica pronta.
activation-once = A ativação é feita uma única vez. Se a sua conta já estiver ativa e não se lembrar da palavra-passe, utilize a recuperação da palavra-passe.
activation-start = Ativar a minha conta agora
activation-role-title = Escolha o seu perfil para iniciar a ativação.
activation-role-label = Sou
activation-role-note = Os dados da sua conta são mantidos atualizados a partir do seu registo na instituição, para cada um dos seus perfis. A mesma palavra-passe serve para todos.
activation-begin = Iniciar a ativação
activation-identify-title = Passo 1/4: os seus dados
activation-identify-intro = Introduza os seus dados para podermos confirmar a sua identidade.
activation-identify-contact-hint = Tenha à mão o email ou o telemóvel que indicou à instituição: o código é enviado para lá. Só pode ser utilizado uma vez e é válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
activation-identify-one-enough = Basta preencher um dos dois campos, telemóvel ou email. Se preencher os dois, o código é enviado para ambos.
activation-identify-warning = Introduza o mesmo telemóvel ou email que indicou no ato da matrícula, e não outro.
activation-mobile = Telemóvel
activation-mobile-hint = O seu número sem espaços; com um + no início, se for um número estrangeiro.
activation-email = Email
activation-email-hint = O seu email pessoal, não o institucional; p. ex., nick225@example.com
activation-personal-number = Número pessoal
activation-personal-number-hint = Número de estudante ou identificador nacional de estudante (INE), no caso dos estudantes; número de trabalhador, no caso dos trabalhadores; nos restantes casos, o identificador único que lhe foi atribuído.
activation-birth-date = Data de nascimento
activation-birth-date-hint = dd/mm/aaaa
activation-next = Seguinte
activation-required-note = * campos obrigatórios
activation-pin-title = Passo 2/4: código de utilização única
activation-pin-intro = Se os dados que introduziu corresponderem aos registos da instituição, foi enviado um código para esses contactos. Introduza-o abaixo.
activation-pin-validity = O código é válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } e só pode ser utilizado uma vez.
activation-pin-label = Código
activation-pin-none = Não recebeu o código? Verifique se introduziu o telemóvel ou o email que indicou à instituição, aguarde um minuto e peça um novo código. Se continuar sem chegar, contacte { $contact }.
activation-pin-resend = Enviar um novo código
activation-pin-resent = Se os seus dados corresponderem, foi enviado um novo código. O anterior deixou de ser válido.
activation-pin-send-failed-email = Neste momento, não foi possível enviar o código por email. Nada se perdeu: experimente «Enviar um novo código» dentro de alguns minutos.
activation-pin-send-failed-sms = Neste momento, não foi possível enviar o código por SMS. Nada se perdeu: experimente «Enviar um novo código» dentro de alguns minutos.
activation-national-id-title = Passo 2/4: número de identificação nacional
activation-national-id-intro = Introduza o seu AMKA (número de segurança social grego) no formulário abaixo.
activation-national-id-foreign-note = Se vem do estrangeiro, pode utilizar o número de segurança social do seu país ou o número do seu Cartão Europeu de Seguro de Doença.
activation-national-id-use-note = O número é utilizado apenas para efetuar o seu registo no diretório.
activation-amka = AMKA
activation-amka-hint = 11 algarismos sem espaços
activation-use-foreign = Pretendo utilizar um número de segurança social de outro país (ou o Cartão Europeu de Seguro de Doença)
activation-foreign-title = Número de segurança social de outro país
activation-country = País
activation-country-hint = Código de duas letras; p. ex., IT, FR, DE
activation-kind = Tipo de número
activation-kind-ssn = Número de segurança social
activation-kind-ehic = Número do Cartão Europeu de Seguro de Doença
activation-number = Número
activation-use-amka = Pretendo utilizar o meu AMKA
activation-confirm-title = Passo 3/4: confirme os seus dados
activation-confirm-username = A sua conta utilizará o nome de utilizador { $username }, atribuído pela instituição.
activation-confirm-agree-note = Se concordar com os dados registados pela instituição, escolha «Concordo» para continuar; caso contrário, escolha «Não concordo» para saber como pedir a sua correção.
activation-confirm-contacts-note = O seu telemóvel pessoal e o seu email externo protegem o acesso a aplicações sensíveis, como meio de identificação adicional, e permitem-lhe recuperar facilmente a palavra-passe, caso se esqueça dela.
activation-name = Nome
activation-role = Perfil
activation-department = Departamento
activation-national-id = Número de identificação nacional
activation-consent-mobile = Aceito que a aplicação guarde o meu telemóvel, para poder recuperar a minha palavra-passe por SMS.
activation-consent-email = Aceito que a aplicação guarde o meu email não institucional, para poder recuperar a minha palavra-passe por email.
activation-email-external = Email (externo)
activation-tax-number = Número de identificação fiscal (AFM)
activation-father-name = Nome do pai
activation-gender = Sexo
activation-gender-0 = Desconhecido
activation-gender-1 = Masculino
activation-gender-2 = Feminino
activation-gender-9 = Não aplicável
activation-consent-code-sms = O seu código não foi enviado para este telemóvel: se assinalar a caixa, enviaremos um código para confirmar que é seu antes de o guardar.
activation-consent-code-email = O seu código não foi enviado para este email: se assinalar a caixa, enviaremos um código para confirmar que é seu antes de o guardar.
activation-verify-title = Passo 3/4: confirme o seu contacto
activation-verify-intro-sms = Para guardar o seu telemóvel para a recuperação da palavra-passe, introduza o código que enviámos por SMS para o { $to }.
activation-verify-intro-email = Para guardar o seu email externo para a recuperação da palavra-passe, introduza o código que enviámos para { $to }.
activation-verify-label = Código
activation-verify-skip = Continuar sem guardar
activation-verify-skip-note = Se o código não chegar, pode continuar sem guardar este contacto e adicioná-lo mais tarde a partir da sua conta.
activation-verify-resent = Foi enviado um novo código. O anterior deixou de ser válido.
activation-agree = Concordo
activation-disagree = Não concordo
activation-disagree-title = Os seus dados têm de ser corrigidos
activation-disagree-text = Os dados apresentados provêm do que declarou nos sistemas de informação da instituição. Se estiverem incompletos ou errados, contacte os serviços académicos para que sejam corrigidos. A sua conta não foi ativada; depois de os dados serem corrigidos, inicie novamente a ativação.
activation-password-title = Passo 4/4: escolha a sua palavra-passe
activation-password-rules = A sua palavra-passe tem de cumprir estas regras:
activation-password = Palavra-passe
activation-password-confirm = Confirmar a palavra-passe
activation-suggestions = Palavras-passe sugeridas
activation-suggestions-hint = Pode copiar uma destas ou escolher a sua própria.
activation-suggestions-random = Mostrar carateres aleatórios em vez de palavras
activation-suggestions-passphrase = Mostrar palavras em vez de carateres aleatórios
activation-accept-terms = Aceito os termos de utilização e a política de privacidade da aplicação.
activation-terms = Termos de utilização
activation-privacy = Política de privacidade
activation-register = Concluir o registo
activation-welcome-title = Boas-vindas, { $username }!
activation-welcome-text = O seu registo está concluído, com o nome de utilizador { $username }.
activation-welcome-services = Com esta conta, tem acesso a todos os serviços da instituição e aos serviços federados:
activation-already-title = A sua conta já está ativada
activation-already-text = A ativação é feita uma única vez. Se se esqueceu da palavra-passe, utilize a recuperação da palavra-passe.
activation-recover-link = Recuperar a minha palavra-passe
activation-missing-title = Faltam dados obrigatórios no seu registo
activation-missing-text = No seu registo na instituição faltam os seguintes dados: { $fields }. Peça aos serviços académicos que os completem e, depois, inicie novamente a ativação.
activation-amka-failed-title = A verificação do AMKA falhou
activation-amka-failed-text = O AMKA não corresponde ao apelido ou à data de nascimento registados. Se o seu AMKA, apelido ou data de nascimento estiverem errados no registo da instituição, peça aos serviços académicos que os corrijam e, depois, continue a ativação.
activation-registrar = Contacto: { $contact }
activation-restart = Recomeçar
activation-no-match = Não foi encontrado nenhum utilizador com estes dados
activation-no-match-help = Peça aos serviços académicos que verifiquem e corrijam o seu telemóvel ou o seu email.
missing-username = nome de utilizador
missing-birth_date = data de nascimento
missing-national_id = número de identificação nacional (AMKA)
missing-national_id_country = país do número de identificação nacional
activation-pin-subject = O seu código de ativação
activation-pin-email = { $institution }: o seu código para ativar a conta é { $pin }. É válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } e só pode ser utilizado uma vez. Se não o pediu, ignore esta mensagem.
activation-pin-sms = { $institution }: o seu código de ativação é { $pin } (válido { $minutes } min, utilização única).
# Errors of the journey (API "message" and page texts).
journey-flow_not_found = Esta ativação expirou ou não existe. Recomece, por favor.
journey-wrong_step = Este passo não está disponível agora. Continue a partir do ponto em que se encontra.
journey-invalid_input = Alguns campos têm de ser corrigidos.
journey-no_match = Não foi encontrado nenhum utilizador com estes dados.
journey-pin_wrong = O código está incorreto. { $left ->
    [one] Resta uma tentativa.
   *[other] Restam { $left } tentativas.
}
journey-pin_exhausted = Demasiados códigos errados: este código deixou de ser válido. Recomece, por favor.
journey-pin_invalid = Este código expirou ou já foi utilizado. Peça um novo código.
journey-resend_cooldown = Aguarde { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } antes de pedir um novo código.
journey-resend_limit = Não é possível enviar mais códigos para esta ativação. Recomece mais tarde.
journey-pin_budget = Foram pedidos ou experimentados demasiados códigos para esta conta. Por segurança, nenhum código funciona durante algum tempo: tente novamente dentro de uma hora ou contacte o serviço de apoio.
journey-busy = O serviço está muito sobrecarregado neste momento. Tente novamente dentro de alguns minutos.
journey-already_active = A sua conta já está ativada. Se se esqueceu da palavra-passe, utilize a recuperação da palavra-passe.
journey-required_fields_missing = Faltam alguns dados obrigatórios no seu registo na instituição. Peça aos serviços académicos que os completem.
journey-amka_check_failed = A verificação do AMKA falhou.
journey-password_policy = A palavra-passe não cumpre as regras.
journey-too_many_requests = Demasiadas tentativas. Aguarde { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } e tente novamente.
journey-unavailable = Um serviço de que o kleidi depende não está disponível neste momento. Nada foi alterado; tente novamente dentro de alguns minutos.
journey-internal = Ocorreu um erro inesperado. Nada foi alterado; tente novamente mais tarde.
# Field errors (codes of the checked types).
field-required = Este campo é obrigatório.
field-unknown_role = Escolha um dos perfis.
field-mobile_or_email_required = Introduza o seu telemóvel, o seu email ou ambos.
field-password_mismatch = As duas palavras-passe não coincidem.
field-terms_not_accepted = Tem de aceitar os termos de utilização para continuar.
field-username_empty = Introduza o seu nome de utilizador.
field-username_too_long = Este nome de utilizador é demasiado longo.
field-username_control_char = Este nome de utilizador contém caracteres não permitidos.
field-username_forbidden_char = Este nome de utilizador contém caracteres não permitidos.
field-email_empty = Introduza um endereço de email.
field-email_at_sign = Um endereço de email tem de ter exatamente uma @.
field-email_local_part = A parte antes da @ não é válida.
field-email_domain = A parte depois da @ não é um domínio válido.
field-email_too_long = Este endereço de email é demasiado longo.
field-country_unknown = Código de país desconhecido.
field-mobile_empty = Introduza um número de telemóvel.
field-mobile_invalid_char = Um número de telemóvel só pode ter algarismos, espaços e, opcionalmente, um + no início.
field-mobile_calling_code = Indicativo de país desconhecido.
field-mobile_length = Este número não tem o número certo de algarismos.
field-mobile_not_mobile = Este número não é de telemóvel.
field-birth_date_format = Escreva a data no formato dd/mm/aaaa.
field-birth_date_invalid = Esta data não existe.
field-birth_date_out_of_range = Esta data de nascimento não é plausível.
field-amka_invalid = Um AMKA tem 11 algarismos e um algarismo de controlo válido.
field-amka_mismatch = Este AMKA não corresponde à sua data de nascimento.
field-national_id_empty = Introduza o número.
field-national_id_invalid_char = Utilize apenas letras e algarismos.
field-national_id_length = Este número não tem o comprimento correto.
field-national_id_ehic_country = Este país não emite o Cartão Europeu de Seguro de Doença.
field-national_id_use_amka = Para a Grécia, utilize o seu AMKA.
field-national_id_schac_format = O número de identificação nacional registado tem um formato inválido.
field-pin_empty = Introduza o código.
field-pin_length = O código tem { $digits ->
        [one] { $digits } algarismo
       *[other] { $digits } algarismos
    }.
field-pin_not_digits = O código só pode ter algarismos.
field-personal_number_empty = Introduza o seu número pessoal.
field-personal_number_length = Este número não tem o comprimento correto.
field-personal_number_invalid_char = Utilize apenas letras, algarismos e hífenes.
activation-reconsider = Voltar aos meus dados
activation-pin-sent-to = Se os dados introduzidos corresponderem aos da instituição, enviámos um código para { $to }. Introduza-o abaixo.
