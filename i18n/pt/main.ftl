# Layout and generic pages. Keep the ids identical in el, en, it, fr, es, pt.
app-title = Gestão da conta
skip-to-content = Saltar para o conteúdo
lang-switch-label = Idioma
nav-home = Início
footer-helpdesk = Precisa de ajuda? Contacte o serviço de apoio
footer-helpdesk-email = Email: { $email }
footer-helpdesk-phone = Telefone: { $phone }
home-title = Boas-vindas ao serviço de gestão de contas
home-intro = Uma só conta, para todos os seus perfis, em todos os serviços. Aqui pode gerir a sua conta institucional em segurança, a partir de qualquer lugar.
home-what = Com este serviço, pode:
home-item-activate = ativar a sua conta pela primeira vez, com um código de utilização única enviado para os contactos que indicou à instituição;
home-item-change = alterar a sua palavra-passe;
home-item-forgot = definir uma nova palavra-passe, se se esqueceu da atual;
home-item-contacts = registar um endereço de email e um número de telemóvel para recuperar a sua palavra-passe.
error-title = Ocorreu um problema
error-back-home = Voltar à página inicial
error-not-found = Esta página não existe.
error-method-not-allowed = Esta ação não é permitida aqui.
error-bad-request = Não foi possível interpretar o pedido. Verifique os dados introduzidos e tente novamente.
error-payload-too-large = Os dados enviados são demasiado grandes.
error-too-many-requests = Demasiadas tentativas. Aguarde { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } e tente novamente.
error-csrf = O formulário expirou ou não provém deste site. Recarregue a página e tente novamente.
error-timeout = O pedido demorou demasiado tempo. Tente novamente.
error-unavailable = De momento, o serviço de contas não consegue aceder ao diretório. Nada foi alterado; tente novamente dentro de alguns minutos.
error-internal = Ocorreu um erro inesperado. Nada foi alterado; tente novamente mais tarde.
helpdesk-fallback = o serviço de apoio
role-student = estudante
role-staff = pessoal não docente
role-faculty = docente
role-employee = funcionário
role-affiliate = colaborador
role-member = membro
role-alum = antigo estudante
next-request-link = Pedir uma nova ligação
cancel-journey = Cancelar
footer-recovery = Esqueceu-se da palavra-passe? { $methods ->
    [email] Pode receber uma ligação de reposição por email
    [sms] Pode receber um código por SMS
   *[both] Pode receber uma ligação de reposição por email ou um código por SMS
}.
