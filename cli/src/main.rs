//! `cloud-errors`: any error code of any cloud provider in the catalogs of cloud-errors, answered
//! in the terminal (`explain`, `search`), a saved error response read as `ProviderError` reads
//! it (`explain --body`), and a static reference site (`site`).

mod explain;
mod lookup;
mod registry;
mod site;

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use cloud_errors::Locale;

/// Exit status: the code (or a code in the response, or a search hit) was found.
const FOUND: u8 = 0;
/// Exit status: nothing found; suggestions, if any, are printed.
const NOT_FOUND: u8 = 1;
/// Exit status: bad input (arguments, an unreadable file, a provider no catalog matches).
const BAD_INPUT: u8 = 2;

/// Explain the error codes of cloud provider APIs, from the catalogs of cloud-errors.
// The long help is `command`'s: it lists what the registry compiled in.
#[derive(Parser)]
#[command(name = "cloud-errors", version, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

const EXAMPLES: &str = "Examples:
  cloud-errors explain AuthFailure.SignatureExpire
  cloud-errors explain NotAuthorizedOrNotFound --provider oci --lang ja
  cloud-errors explain 'An error occurred (ThrottlingException) when calling the PutItem operation'
  cloud-errors explain --body response.json --status 404
  cloud-errors explain --status 429
  cloud-errors search signature expired
  cloud-errors completions bash > ~/.local/share/bash-completion/completions/cloud-errors";

#[derive(Subcommand)]
enum Command {
    /// Explain a code: every catalog that defines it, or the nearest codes and its known
    /// ancestor when none does; or read a saved error response with --body, or an answer with
    /// no body at a status with --status alone.
    ///
    /// A code is looked up exactly, then without case, then without case and `_` (gRPC's codes
    /// as Go and Rust print them: `ResourceExhausted`). A line pasted from a log works too: the
    /// codes it holds are explained (words shaped like a code, quoted or after a code's label,
    /// not labels such as `Code=`; a common word that is also some product's code may come
    /// along, named with its provider), and so does an exception's class path, by its class
    /// (`google.api_core.exceptions.ResourceExhausted`). When no catalog defines it, the nearest
    /// codes by edit distance are suggested, and a dotted code's nearest known ancestor (`A.B`
    /// for `A.B.New`) is explained, as the runtime classifies such a code by it.
    #[command(after_help = "Exit status: 0 found, 1 not found, 2 bad input.")]
    Explain {
        /// The error code, as the service sent it, or a line of a log that holds it.
        #[arg(required_unless_present_any = ["body", "status"], conflicts_with_all = ["body", "status"])]
        code: Option<String>,
        /// A saved error response body to read, in any provider's envelope.
        #[arg(long, value_name = "FILE")]
        body: Option<PathBuf>,
        /// The response's HTTP status (with --body); without it, the status the body states,
        /// else the one the code is written with: its first documented status, else its
        /// category's (200 for Tencent Cloud, which answers errors with HTTP 200). Alone, an
        /// answer with this status and an empty body: how each provider reads and decides it.
        #[arg(long, value_name = "N")]
        status: Option<u16>,
        /// A header of the response (with --body or --status), repeatable: some envelopes carry
        /// the code (`x-amzn-errortype`, `x-ms-error-code`), the request id or the wait asked for there.
        #[arg(
            short = 'H',
            long = "header",
            value_name = "NAME: VALUE",
            conflicts_with = "code"
        )]
        headers: Vec<String>,
        #[command(flatten)]
        common: Common,
    },
    /// Search codes and descriptions across providers, best matches first.
    #[command(after_help = "Exit status: 0 found, 1 not found, 2 bad input.")]
    Search {
        /// Words that every match holds, in its code or its description.
        #[arg(required = true)]
        words: Vec<String>,
        /// The most codes to show.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[command(flatten)]
        common: Common,
    },
    /// Print a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Write the static reference site: a page per provider and product, one search index.
    Site {
        /// The folder to write (created; files in it are replaced).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

#[derive(clap::Args)]
struct Common {
    /// Only the catalogs of this provider or product.
    // `command` lists the providers in this help.
    #[arg(long, short, value_name = "P")]
    provider: Option<String>,
    /// The language of descriptions and help (English where a catalog has none in it).
    #[arg(long, value_enum, default_value_t = Lang::En)]
    lang: Lang,
    /// Print JSON instead of text, for scripts.
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Lang {
    En,
    Ja,
    Zh,
}

impl Lang {
    fn locale(self) -> Locale {
        match self {
            Lang::En => Locale::En,
            Lang::Ja => Locale::Ja,
            Lang::Zh => Locale::Zh,
        }
    }
}

/// What a command prints and how it ends.
pub struct Outcome {
    pub text: String,
    pub json: serde_json::Value,
    pub found: bool,
}

/// A failure caused by the input, reported with exit status 2.
pub struct BadInput(pub String);

/// The command line, its help listing the providers and the number of codes of the crates in
/// `registry`: a provider crate added there is in the help with no edit here.
fn command() -> clap::Command {
    let catalogs: Vec<&cloud_errors::index::Catalog> = registry::catalogs().collect();
    let codes = catalogs
        .iter()
        .map(|catalog| catalog.len())
        .sum::<usize>()
        .to_string();
    // 36,669: digits grouped by three from the right.
    let codes: String = codes
        .chars()
        .enumerate()
        .flat_map(|(index, digit)| {
            let comma = index > 0 && (codes.len() - index) % 3 == 0;
            comma.then_some(',').into_iter().chain([digit])
        })
        .collect();
    let providers = lookup::providers();
    let names: Vec<&str> = providers.iter().map(|catalog| catalog.provider()).collect();
    let about = format!(
        "Explain the error codes of cloud provider APIs, from the catalogs of cloud-errors.\n\n\
         Every code of every catalog compiled into this binary ({codes} codes in {} catalogs: {}), \
         with its HTTP statuses, retry class, category, the provider SDK's retry rule, descriptions \
         in English, Japanese and Chinese, and its Rust path in the cloud-errors crates.\n\n\
         Exit status: 0 found, 1 not found (suggestions are printed), 2 bad input.",
        catalogs.len(),
        names.join(", "),
    );
    let modules: Vec<String> = providers
        .iter()
        .map(|catalog| format!("`{}`", catalog.module()))
        .collect();
    let provider = format!(
        "Only the catalogs of this provider or product: {}, a module (`cvm`), a crate \
         (`cloud-errors-tencent`) or a module path",
        modules.join(", ")
    );
    let with_provider =
        |command: clap::Command| command.mut_arg("provider", |arg| arg.help(provider.clone()));
    Cli::command()
        .long_about(about)
        .mut_subcommand("explain", with_provider)
        .mut_subcommand("search", with_provider)
}

fn main() -> ExitCode {
    let cli = Cli::from_arg_matches(&command().get_matches()).unwrap_or_else(|error| error.exit());
    let result = match cli.command {
        Command::Explain {
            code,
            body,
            status,
            headers,
            common,
        } => with_catalogs(&common, |catalogs| match (code, body, status) {
            (_, Some(file), _) => {
                explain::body(catalogs, Some(&file), status, &headers, common.lang.locale())
            }
            (Some(code), None, _) => explain::code(catalogs, &code, common.lang.locale()),
            (None, None, Some(_)) => explain::body(catalogs, None, status, &headers, common.lang.locale()),
            (None, None, None) => Err(BadInput("give a code, --body FILE or --status N".to_owned())),
        })
        .map(|outcome| (outcome, common.json)),
        Command::Search { words, limit, common } => with_catalogs(&common, |catalogs| {
            explain::search(catalogs, &words, limit, common.lang.locale())
        })
        .map(|outcome| (outcome, common.json)),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut command(), "cloud-errors", &mut std::io::stdout());
            return ExitCode::SUCCESS;
        }
        Command::Site { out } => match site::write(&out) {
            Ok(summary) => {
                println!("{summary}");
                return ExitCode::SUCCESS;
            }
            Err(error) => Err(BadInput(format!(
                "cannot write the site to {}: {error}",
                out.display()
            ))),
        },
    };
    match result {
        Ok((outcome, json)) => {
            let printed = if json {
                serde_json::to_string_pretty(&outcome.json).unwrap_or_default() + "\n"
            } else {
                outcome.text
            };
            // A closed pipe (`| head`) is no error of ours.
            let _ = std::io::stdout().write_all(printed.as_bytes());
            ExitCode::from(if outcome.found { FOUND } else { NOT_FOUND })
        }
        Err(BadInput(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(BAD_INPUT)
        }
    }
}

/// Runs `command` over the catalogs `--provider` selects; a provider that matches none is bad
/// input.
fn with_catalogs(
    common: &Common,
    command: impl FnOnce(&[&'static cloud_errors::index::Catalog]) -> Result<Outcome, BadInput>,
) -> Result<Outcome, BadInput> {
    let catalogs = lookup::catalogs(common.provider.as_deref());
    if catalogs.is_empty() {
        let providers: Vec<&str> = lookup::providers()
            .iter()
            .map(|catalog| catalog.module())
            .collect();
        return Err(BadInput(format!(
            "no catalog matches --provider {}; try one of {}, a product module (`cvm`) or a crate",
            common.provider.as_deref().unwrap_or_default(),
            providers.join(", ")
        )));
    }
    command(&catalogs)
}
