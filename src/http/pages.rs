//! Server-rendered pages: the templates, the shared layout context and the
//! static assets (CSS, the theme built from the branding config).

use std::sync::Arc;

use axum::extract::{OriginalUri, State};
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use minijinja::value::Kwargs;
use minijinja::{Environment, State as TplState, Value, context};
use serde::Serialize;

use super::{App, AppState, lang::Lang};
use crate::i18n::{Arg, I18n};

/// Every page template under `templates/`, embedded (listed by `build.rs`).
const TEMPLATES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/templates.rs"));

const CSS: &str = include_str!("../../static/kleidi.css");
const JS: &str = include_str!("../../static/kleidi.js");

/// Builds the template environment with the `t(id, **args)` translation function.
pub fn environment(i18n: Arc<I18n>) -> Result<Environment<'static>, minijinja::Error> {
    let mut env = Environment::new();
    for (name, src) in TEMPLATES {
        env.add_template(name, src)?;
    }
    env.add_function(
        "t",
        move |state: &TplState, id: String, kwargs: Kwargs| -> Result<String, minijinja::Error> {
            let lang = state
                .lookup("lang")
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_else(|| "en".into());
            let mut args: Vec<(&str, Arg)> = Vec::new();
            let keys: Vec<String> = kwargs.args().map(str::to_string).collect();
            for k in &keys {
                let v: Value = kwargs.get(k)?;
                let arg = match v.as_i64() {
                    Some(n) => Arg::Num(n),
                    None => Arg::Str(v.to_string()),
                };
                args.push((k.as_str(), arg));
            }
            Ok(i18n.t_args(&lang, &id, &args))
        },
    );
    Ok(env)
}

#[derive(Serialize)]
struct LangLink {
    code: String,
    name: &'static str,
    href: String,
    current: bool,
}

#[derive(Serialize)]
struct FooterLinkCtx {
    label: String,
    url: String,
}

/// The layout's context: language, switcher, branding.
fn layout(app: &App, lang: &str, path: &str) -> Value {
    let b = &app.config.branding;
    let langs: Vec<LangLink> = app
        .i18n
        .offered()
        .iter()
        .map(|l| LangLink {
            code: l.clone(),
            name: crate::i18n::native_name(l),
            href: format!("{path}?lang={l}"),
            current: l == lang,
        })
        .collect();
    let footer: Vec<FooterLinkCtx> = b
        .footer_links
        .iter()
        .map(|f| FooterLinkCtx {
            label: f.label.get(lang).to_string(),
            url: f.url.clone(),
        })
        .collect();
    // The ways back into an account, named on every page (as PWM does).
    let r = &app.config.recovery;
    let sms = r.sms && app.notifier.supports(crate::notify::Channel::Sms);
    let recovery_methods = match (r.enabled, r.email, sms) {
        (false, ..) | (true, false, false) => None,
        (true, true, true) => Some("both"),
        (true, true, false) => Some("email"),
        (true, false, true) => Some("sms"),
    };
    context! {
        lang => lang,
        dir => crate::i18n::direction(lang),
        recovery_methods => recovery_methods,
        langs => langs,
        institution => b.institution.get(lang),
        service_name => b.service_name.get(lang),
        logo_url => b.logo_url.clone(),
        footer_links => footer,
        helpdesk => b.helpdesk.clone(),
        version => env!("CARGO_PKG_VERSION"),
    }
}

/// Renders `name` with the layout context merged with `extra`.
pub fn render(app: &App, name: &str, lang: &str, path: &str, extra: Value) -> String {
    let ctx = context! { ..layout(app, lang, path), ..extra };
    match app.templates.get_template(name).and_then(|t| t.render(ctx)) {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(template = name, error = %e, "template failed");
            // A last-resort page that cannot fail; still translated.
            format!(
                "<!doctype html><meta charset=utf-8><title>{0}</title><p>{1}</p>",
                app.i18n.t(lang, "error-title"),
                app.i18n.t(lang, "error-internal")
            )
        }
    }
}

/// A rendered page with its status.
pub(crate) fn page(
    app: &App,
    lang: &str,
    tpl: &str,
    status: axum::http::StatusCode,
    path: &str,
    extra: Value,
) -> Response {
    (status, Html(render(app, tpl, lang, path, extra))).into_response()
}

/// The error page body, with where people can go from there: the start
/// page, signing in, and the journeys this institution offers.
pub fn error_page(app: &App, lang: &str, message: &str) -> String {
    let c = &app.config;
    render(
        app,
        "error.html",
        lang,
        "/",
        context! {
            message => message,
            recovery => c.recovery.enabled,
            activation => c.activation.enabled,
        },
    )
}

/// `GET /`: the start page.
pub async fn home(
    State(app): State<AppState>,
    Lang(lang): Lang,
    OriginalUri(uri): OriginalUri,
) -> Html<String> {
    let activation = app.config.activation.enabled;
    let recovery = app.config.recovery.enabled;
    Html(render(
        &app,
        "home.html",
        &lang,
        uri.path(),
        context! { activation, recovery },
    ))
}

/// `GET /static/kleidi.css`.
pub async fn css() -> Response {
    asset(CSS.to_string(), "text/css; charset=utf-8")
}

/// `GET /static/kleidi.js`: the live strength meter (pages work without it).
pub async fn js() -> Response {
    asset(JS.to_string(), "text/javascript; charset=utf-8")
}

/// `GET /static/theme.css`: colours from `[branding]`, as CSS variables, so
/// pages need no inline style (the CSP forbids it).
pub async fn theme(State(app): State<AppState>) -> Response {
    let b = &app.config.branding;
    let css = super::theme::css(&b.primary_color, &b.accent_color);
    asset(css, "text/css; charset=utf-8")
}

fn asset(body: String, ct: &'static str) -> Response {
    let mut r = body.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(ct));
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    r
}
