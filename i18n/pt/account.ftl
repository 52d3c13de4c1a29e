# mypassword: sign-in, account page, password change, contacts, recovery. Keep ids identical in el, en, it, fr, es, pt.
login-title = Iniciar sessão
login-intro = Boas-vindas ao serviço de gestão de contas. Aqui pode definir uma nova palavra-passe, se se esqueceu da sua, e alterar a sua palavra-passe em segurança.
login-username = Nome de utilizador
login-password = Palavra-passe
login-submit = Iniciar sessão
login-forgot-password = Esqueci-me da palavra-passe
login-forgot-username = Esqueci-me do nome de utilizador
login-activate = Ativar a minha conta
logout = Terminar sessão
signed-in-as = Sessão iniciada como { $username }
nav-account = Início
nav-change-password = Alterar a palavra-passe
nav-contacts = Contactos de recuperação
nav-account-info = Informações da conta
nav-security-question = Pergunta de segurança
account-title = Gestão da conta
account-username = Nome de utilizador
account-name = Nome
account-roles = Perfis
account-recovery-email = Email de recuperação
account-recovery-mobile = Telemóvel de recuperação
account-none = não registado
account-password-changed = Última alteração da palavra-passe
account-password-expires = Expiração da palavra-passe
account-must-change = Tem de alterar a sua palavra-passe antes de poder fazer qualquer outra coisa.
account-expiry-warning = A sua palavra-passe expira dentro de { $days ->
    [one] um dia
   *[other] { $days } dias
}. Altere-a quanto antes.
account-grace-warning = A sua palavra-passe expirou. Pode iniciar sessão com ela { $left ->
    [one] mais { $left } vez
   *[other] mais { $left } vezes
}: altere-a agora.
account-no-contacts = Não registou nenhum email nem telemóvel de recuperação. Sem eles, não é possível recuperar a palavra-passe: registe-os agora.
change-title = Alterar a palavra-passe
change-current = Palavra-passe atual
change-new = Nova palavra-passe
change-confirm = Confirmar a nova palavra-passe
change-submit = Guardar
change-done-title = A sua palavra-passe foi alterada
account-changed-reminder = A nova palavra-passe já funciona em todos os serviços da instituição. Se a palavra-passe antiga estava guardada no seu navegador ou num cliente de email (Thunderbird, Outlook…), substitua-a aí pela nova.
contacts-title = Contactos de recuperação
contacts-intro = Registe um email de recuperação (pessoal) e um telemóvel de recuperação, para poder recuperar de imediato a sua palavra-passe, caso se esqueça dela.
contacts-email = Email de recuperação (pessoal, não o institucional)
contacts-mobile = Telemóvel
contacts-new-value = Novo valor
contacts-password = A sua palavra-passe (por segurança)
contacts-save = Enviar um código de verificação
contacts-remove = Remover
contacts-verify-title = Verifique o novo contacto
contacts-verify-intro = Enviámos um código para o novo contacto. O contacto só é guardado depois de introduzir aqui o código.
contacts-verify-submit = Verificar
contacts-stored = O novo contacto foi verificado e guardado.
contacts-removed = O contacto foi removido.
contacts-pin-label = Código que enviámos para o novo contacto
contacts-current = Registado atualmente: { $value }
contacts-none = Ainda não há nenhum registado.
contacts-remove-confirm = Remover { $value }? Deixará de poder recuperar a sua palavra-passe através deste contacto.
question-title = Pergunta de segurança
question-intro = A pergunta de segurança permite-lhe recuperar a palavra-passe com o seu número pessoal e a sua data de nascimento.
question-question = A sua pergunta
question-answer = A sua resposta
question-save = Guardar
question-stored = A sua pergunta de segurança foi guardada.
recover-title = Esqueceu-se da palavra-passe?
recover-intro = Para definir uma nova palavra-passe, temos primeiro de confirmar os seus dados, por segurança.
recover-username = Nome de utilizador
recover-contact = O email ou o telemóvel de recuperação que registou
recover-personal-number = Número pessoal
recover-personal-number-hint = Número de estudante ou identificador nacional de estudante (INE), número de trabalhador ou o identificador único que lhe foi atribuído.
recover-birth-date = Data de nascimento
recover-birth-date-hint = dd/mm/aaaa
recover-channel = Como pretende recebê-lo?
recover-by-email = Enviar por email
recover-by-sms = Enviar por SMS
recover-continue = Continuar
recover-no-contacts = A recuperação só funciona se tiver registado um email ou um telemóvel de recuperação. Se não o fez, ou se os dados estiverem errados, contacte { $contact }.
recover-sent-title = Consulte as suas mensagens
recover-sent-failing = O nosso serviço de email falhou há momentos, pelo que a ligação pode não chegar. Não gastou nenhuma tentativa: tente novamente dentro de alguns minutos.
recover-sent = Se os dados que introduziu corresponderem a uma conta com um contacto registado, enviámos instruções para esse contacto. A ligação é válida durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
recover-pin-title = Introduza o código
recover-pin-intro = Se os dados que introduziu corresponderem a uma conta com um telemóvel registado, enviámos um código por SMS para esse número.
recover-pin-send-failed = Neste momento, não foi possível enviar o código por SMS. Nada se perdeu: peça um novo código (pode fazê-lo de imediato).
recover-pin-resend = Enviar um novo código
recover-pin-validity = O código é válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
recover-pin-label = Código
recover-question-title = Pergunta de segurança
recover-answer = A sua resposta
recover-new-title = Nova palavra-passe
recover-new-password = Nova palavra-passe
recover-new-confirm = Confirmar a nova palavra-passe
recover-accept-rules = Confirmo que li as normas internas.
recover-rules-must = Para ser válida, a sua palavra-passe tem de cumprir estas regras:
recover-submit = Confirmar
recover-done-title = A sua palavra-passe foi alterada
recover-done = A sua palavra-passe foi alterada e foi enviada uma confirmação para os seus contactos. Inicie sessão com a nova palavra-passe.
recover-link-dead = Esta ligação expirou, já foi utilizada ou a palavra-passe foi alterada depois do envio. Peça uma nova.
username-title = Esqueceu-se do nome de utilizador?
username-intro = Introduza o seu número pessoal e a sua data de nascimento, ou o email de recuperação que registou. Enviaremos o seu nome de utilizador para os contactos registados; nunca é apresentado aqui.
username-email = Email de recuperação
username-or = ou
username-submit = Enviar o meu nome de utilizador
username-sent = Se os dados corresponderem a uma conta, o nome de utilizador foi enviado para os contactos registados dessa conta.
# Messages sent by email and SMS.
contact-pin-subject = Verifique o seu contacto de recuperação
contact-pin-email = { $institution }: o seu código de verificação é { $pin }. É válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Se não o pediu, ignore esta mensagem.
contact-pin-sms = { $institution }: código de verificação { $pin } (válido { $minutes } min).
recovery-pin-sms = { $institution }: código de recuperação da palavra-passe { $pin } (válido { $minutes } min). Nunca o partilhe.
recovery-link-subject = Reposição da palavra-passe
recovery-link-email = Foi pedida a definição de uma nova palavra-passe para a conta { $username } ({ $institution }). Para o fazer, abra esta ligação { $minutes ->
        [one] no próximo minuto
       *[other] nos próximos { $minutes } minutos
    }: { $url } Se não fez este pedido, ignore esta mensagem: a sua palavra-passe mantém-se inalterada.
recovery-username-subject = O seu nome de utilizador
recovery-username-email = { $institution }: o seu nome de utilizador é { $username }
security-question-1 = Qual era o nome da sua primeira escola?
security-question-2 = Em que cidade casaram os seus pais?
security-question-3 = Qual era o nome do seu primeiro animal de estimação?
security-question-4 = Qual é o nome da rua onde cresceu?
notice-password-changed-subject = A sua palavra-passe foi alterada
notice-password-changed = A palavra-passe da sua conta { $username } ({ $institution }) foi alterada. Se não reconhece esta alteração, contacte de imediato o serviço de apoio.
notice-password-changed-sms = { $institution }: a palavra-passe de { $username } foi alterada. Não reconhece a alteração? Contacte o serviço de apoio.
notice-password-reset-subject = A sua palavra-passe foi reposta
notice-password-reset = A palavra-passe da sua conta { $username } ({ $institution }) foi reposta através da recuperação da palavra-passe. Se não reconhece esta alteração, contacte de imediato o serviço de apoio.
notice-password-reset-sms = { $institution }: a palavra-passe de { $username } foi reposta. Não reconhece a alteração? Contacte o serviço de apoio.
notice-email-changed-subject = O seu email de recuperação foi alterado
notice-email-changed = O email de recuperação da sua conta { $username } ({ $institution }) foi alterado. Se não reconhece esta alteração, contacte de imediato o serviço de apoio.
notice-email-changed-sms = { $institution }: o email de recuperação de { $username } foi alterado.
notice-mobile-changed-subject = O seu telemóvel de recuperação foi alterado
notice-mobile-changed = O telemóvel de recuperação da sua conta { $username } ({ $institution }) foi alterado. Se não reconhece esta alteração, contacte de imediato o serviço de apoio.
notice-mobile-changed-sms = { $institution }: o telemóvel de recuperação de { $username } foi alterado.
notice-email-removed-subject = O seu email de recuperação foi removido
notice-email-removed = O email de recuperação da sua conta { $username } ({ $institution }) foi removido. Se não reconhece esta alteração, contacte de imediato o serviço de apoio.
notice-email-removed-sms = { $institution }: o email de recuperação de { $username } foi removido.
notice-mobile-removed-subject = O seu telemóvel de recuperação foi removido
notice-mobile-removed = O telemóvel de recuperação da sua conta { $username } ({ $institution }) foi removido. Se não reconhece esta alteração, contacte de imediato o serviço de apoio.
notice-mobile-removed-sms = { $institution }: o telemóvel de recuperação de { $username } foi removido.
# Errors.
journey-invalid_credentials = Nome de utilizador ou palavra-passe incorretos. Se se esqueceu da palavra-passe ou se a sua conta está bloqueada, utilize a recuperação da palavra-passe.
journey-too_many_failures = Demasiadas tentativas falhadas de início de sessão. Aguarde algum tempo ou utilize a recuperação da palavra-passe.
journey-not_signed_in = Inicie sessão, por favor.
journey-must_change_password = Altere primeiro a sua palavra-passe.
journey-reauth_required = Introduza novamente a sua palavra-passe.
journey-not_offered = Este serviço não está disponível aqui.
journey-link_invalid = Esta ligação expirou, já foi utilizada ou a palavra-passe foi alterada depois do envio. Peça uma nova.
journey-answer_wrong = A resposta à pergunta de segurança está incorreta. { $left ->
    [one] Resta uma tentativa.
   *[other] Restam { $left } tentativas.
}
journey-answer_exhausted = Demasiadas respostas erradas à pergunta de segurança. Tente novamente amanhã ou contacte o serviço de apoio.
journey-recovery_expired = Esta recuperação da palavra-passe expirou ou já foi concluída. Recomece, por favor.
ppolicy-password_expired = A sua palavra-passe expirou.
ppolicy-account_locked = A conta está bloqueada. Utilize a recuperação da palavra-passe para a desbloquear.
ppolicy-change_after_reset = A sua palavra-passe foi reposta e tem de ser alterada agora.
ppolicy-password_mod_not_allowed = Não tem permissão para alterar esta palavra-passe. Contacte o serviço de apoio.
ppolicy-must_supply_old_password = Introduza a sua palavra-passe atual.
ppolicy-insufficient_password_quality = O diretório recusou esta palavra-passe por ser demasiado fraca.
ppolicy-password_too_short = O diretório recusou esta palavra-passe por ser demasiado curta.
ppolicy-password_too_young = A sua palavra-passe foi alterada há muito pouco tempo; tente novamente mais tarde.
ppolicy-password_in_history = Utilizou esta palavra-passe recentemente; escolha outra.
ppolicy-password_too_long = O diretório recusou esta palavra-passe por ser demasiado longa.
ppolicy-other = O diretório recusou esta palavra-passe.
field-current_password_wrong = Esta não é a sua palavra-passe atual.
field-channel_not_offered = Este meio de envio não está disponível.
field-rules_not_accepted = Tem de confirmar que leu as normas.
field-question_unknown = Escolha uma das perguntas propostas.
field-answer_length = A resposta tem de ter entre 3 e 200 caracteres.
account-end-others = Terminar todas as outras sessões
account-end-others-help = Termina aqui todas as outras sessões da sua conta, em qualquer dispositivo (por exemplo, num computador em que se esqueceu de terminar sessão).
account-ended-others =
    { $count ->
        [one] Foi terminada outra sessão.
       *[other] Foram terminadas { $count } outras sessões.
    }
journey-outcome_unknown = Não foi possível confirmar se a sua palavra-passe foi definida: o diretório deixou de responder. Experimente iniciar sessão com a nova palavra-passe; se não funcionar, a antiga continua válida. Continuamos a verificar e, se tentar novamente, ficará a saber o que aconteceu.
journey-send_failed = Neste momento, não foi possível enviar o código: o serviço de email ou de SMS não o aceitou. Nada se perdeu; pode pedir um novo código de imediato.
journey-earlier_write_applied = Afinal, a sua tentativa anterior foi concluída: a palavra-passe que escolheu nessa altura é a que está definida. Inicie sessão com ela; desta vez, não foi alterado mais nada.
