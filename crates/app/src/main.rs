//! `quartier` — the single binary: server, migrations, worker, administration.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use quartier::config::Config;
use quartier::{seed, server, worker};
use quartier_db::platform::accounts::{NewUser, Role};
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(
    name = "quartier",
    version,
    about = "Quartier – integrative neighbourhood development platform"
)]
struct Cli {
    /// Configuration file (TOML); default: ./quartier.toml when present.
    #[arg(long, global = true, env = "QUARTIER_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (and, unless disabled, the background worker).
    Serve {
        /// Address to listen on (default 127.0.0.1:8080).
        #[arg(long)]
        listen: Option<String>,
        /// Load the fictional demo city Musterstadt with one account per role.
        #[arg(long)]
        demo: bool,
        /// Do not run the background worker in this process (multi-node setups).
        #[arg(long)]
        no_worker: bool,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Run only the background worker (outbox, jobs).
    Worker,
    /// Administration tasks.
    Admin {
        #[command(subcommand)]
        task: AdminTask,
    },
    /// Social monitoring offline: need indices, Moran's I, LISA, classification, maps.
    Monitor {
        #[command(subcommand)]
        cmd: quartier::monitor::MonitorCmd,
    },
    /// Neighbourhood fund offline: allocate participatory-budgeting elections (.pb).
    Fund {
        #[command(subcommand)]
        cmd: quartier::fund::FundCmd,
    },
}

#[derive(Subcommand)]
enum AdminTask {
    /// Create an account (verified) with a role in the first city.
    CreateUser {
        /// Email address.
        #[arg(long)]
        email: String,
        /// Display name.
        #[arg(long)]
        name: String,
        /// Role: admin, lead, analyst, manager, jury, actor, resident.
        #[arg(long, default_value = "admin")]
        role: String,
        /// Password (else read from QUARTIER_NEW_PASSWORD).
        #[arg(long, env = "QUARTIER_NEW_PASSWORD", hide_env_values = true)]
        password: String,
    },
    /// Load the fictional demo city into the database.
    SeedDemo,
    /// Print the newest mails of the outbox as JSON (e.g. to read a verification link).
    Outbox {
        /// Only mails to this address.
        #[arg(long)]
        to: Option<String>,
        /// How many (newest first).
        #[arg(long, default_value_t = 20)]
        limit: i64,
    },
    /// Print every route with its access policy as JSON.
    Routes,
}

fn init_logging(format: &str) {
    let filter = EnvFilter::try_from_env("QUARTIER_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    // Monitor commands run without configuration or database and use exit code 2 for bad input.
    if let Command::Monitor { cmd } = cli.command {
        return quartier::monitor::run(cmd);
    }
    if let Command::Fund { cmd } = cli.command {
        return quartier::fund::run(cmd);
    }
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let mut cfg =
        Config::load(cli.config.as_deref()).map_err(|e| anyhow::anyhow!("configuration: {e}"))?;
    init_logging(&cfg.log_format);
    tracing::debug!(config = ?cfg, "configuration loaded");
    match cli.command {
        Command::Serve {
            listen,
            demo,
            no_worker,
        } => {
            if let Some(l) = listen {
                cfg.listen = l;
            }
            if no_worker {
                cfg.worker = false;
            }
            server::serve(cfg, demo).await
        }
        Command::Migrate => {
            server::open_db(&cfg).await?;
            println!("database is up to date");
            Ok(())
        }
        Command::Worker => {
            let db = server::open_db(&cfg).await?;
            let mailer = worker::Mailer::new(cfg.smtp.as_ref())?;
            let (tx, rx) = tokio::sync::watch::channel(false);
            let handle = tokio::spawn(worker::run(db, mailer, rx));
            let _ = tokio::signal::ctrl_c().await;
            let _ = tx.send(true);
            let _ = handle.await;
            Ok(())
        }
        Command::Admin { task } => admin(cfg, task).await,
        Command::Monitor { cmd } => quartier::monitor::execute(cmd),
        Command::Fund { cmd } => quartier::fund::execute(cmd),
    }
}

fn print_routes() -> anyhow::Result<()> {
    let routes: Vec<serde_json::Value> = quartier_web::routes::all()
        .map(|r| {
            let access = match r.access {
                quartier_web::access::Access::Public => "public".to_string(),
                quartier_web::access::Access::User => "user".to_string(),
                quartier_web::access::Access::Roles(roles) => roles.iter().map(|x| x.as_str()).collect::<Vec<_>>().join("|"),
            };
            serde_json::json!({ "method": r.method, "path": r.path, "access": access, "summary": r.summary })
        })
        .collect();
    println!("{}", serde_json::to_string_pretty(&routes)?);
    Ok(())
}

async fn admin(cfg: Config, task: AdminTask) -> anyhow::Result<()> {
    if matches!(task, AdminTask::Routes) {
        return print_routes();
    }
    let db = server::open_db(&cfg).await?;
    match task {
        AdminTask::CreateUser {
            email,
            name,
            role,
            password,
        } => {
            let role = Role::parse(&role).ok_or_else(|| anyhow::anyhow!("unknown role {role:?}; use one of admin, lead, analyst, manager, jury, actor, resident"))?;
            if password.chars().count() < quartier_web::platform::password::MIN_LEN {
                anyhow::bail!(
                    "the password must have at least {} characters",
                    quartier_web::platform::password::MIN_LEN
                );
            }
            let city = db.cities().await?.into_iter().next().ok_or_else(|| {
                anyhow::anyhow!(
                    "no city exists yet: load data or run `quartier admin seed-demo` first"
                )
            })?;
            let hash = quartier_web::platform::password::hash(&password)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let uid = db
                .create_user(NewUser {
                    email: &email,
                    password_hash: &hash,
                    display_name: &name,
                    lang: "de",
                    verified: true,
                })
                .await?;
            db.grant_role(uid, city.id, 0, role).await?;
            db.audit(
                None,
                "cli",
                "user.create",
                &format!("user:{uid}"),
                role.as_str(),
            )
            .await?;
            println!("created {email} ({}) in {}", role.as_str(), city.name);
        }
        AdminTask::Outbox { to, limit } => {
            let mails = db.outbox(to.as_deref(), limit).await?;
            println!("{}", serde_json::to_string_pretty(&mails)?);
        }
        AdminTask::Routes => {}
        AdminTask::SeedDemo => {
            let city = seed::demo(&db).await?;
            println!("demo city {} loaded", city.name);
        }
    }
    Ok(())
}
