//! The command line, parsed as `python3` parses it.

/// What to run.
#[derive(Debug, PartialEq, Eq)]
pub enum Program {
    Script(String),
    Command(String),
    Module(String),
    Stdin,
    Interactive,
}

#[derive(Debug)]
pub struct Options {
    pub program: Program,
    /// `sys.argv` (argv[0] included).
    pub argv: Vec<String>,
    pub unbuffered: bool,
    pub optimize: u8,
    pub inspect: bool,
    pub ignore_environment: bool,
    pub quiet: bool,
    /// -S: do not import the site-builtins (exit, quit, help objects).
    pub no_site: bool,
}

/// What the command line asks for besides running a program.
pub enum Parsed {
    Run(Options),
    Help,
    Version,
    /// A usage error: the message, for stderr and exit status 2.
    Error(String),
}

pub const USAGE: &str = "usage: ferropy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

pub const HELP: &str = "usage: ferropy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-B     : don't write .pyc files on import (ferropy never writes them)
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-I     : isolate from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements
-OO    : do -O changes and also discard docstrings
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the version number and exit (also --version)
-W arg : warning control (accepted, not yet acted on)
-X opt : implementation-specific option (accepted, ignored)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Other environment variables:
PYTHONPATH   : ':'-separated list of directories prefixed to the
               default module search path.
PYTHONUNBUFFERED: like -u.";

pub fn parse(args: &[String]) -> Parsed {
    let mut opts = Options {
        program: Program::Interactive,
        argv: Vec::new(),
        unbuffered: false,
        optimize: 0,
        inspect: false,
        ignore_environment: false,
        quiet: false,
        no_site: false,
    };
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        if arg == "--help" || arg == "-?" {
            return Parsed::Help;
        }
        if arg == "--version" {
            return Parsed::Version;
        }
        if arg == "-" {
            opts.program = Program::Stdin;
            opts.argv = args[i..].to_vec();
            return Parsed::Run(opts);
        }
        if arg == "--" {
            i += 1;
            break;
        }
        if !arg.starts_with('-') || arg.len() < 2 {
            break;
        }
        if arg.starts_with("--") {
            return Parsed::Error(format!("unknown option {arg}"));
        }
        // Short options may be combined: -uO, -c'code', -mmodule.
        let flags: Vec<char> = arg[1..].chars().collect();
        let mut k = 0;
        while k < flags.len() {
            let c = flags[k];
            match c {
                'c' | 'm' | 'W' | 'X' => {
                    let rest: String = flags[k + 1..].iter().collect();
                    let value = if !rest.is_empty() {
                        rest
                    } else {
                        i += 1;
                        match args.get(i) {
                            Some(v) => v.clone(),
                            None => return Parsed::Error(format!("Argument expected for the -{c} option")),
                        }
                    };
                    match c {
                        'c' => {
                            opts.program = Program::Command(value);
                            opts.argv =
                                std::iter::once("-c".to_string()).chain(args[i + 1..].iter().cloned()).collect();
                            return Parsed::Run(opts);
                        }
                        'm' => {
                            opts.program = Program::Module(value);
                            opts.argv =
                                std::iter::once("-m".to_string()).chain(args[i + 1..].iter().cloned()).collect();
                            return Parsed::Run(opts);
                        }
                        _ => {}
                    }
                    k = flags.len();
                    continue;
                }
                'u' => opts.unbuffered = true,
                'O' => opts.optimize += 1,
                'i' => opts.inspect = true,
                'E' => opts.ignore_environment = true,
                'I' => opts.ignore_environment = true,
                'q' => opts.quiet = true,
                'S' => opts.no_site = true,
                'B' | 's' | 'b' | 'd' | 'v' | 'P' | 'R' => {}
                'V' => return Parsed::Version,
                'h' | '?' => return Parsed::Help,
                other => return Parsed::Error(format!("Unknown option: -{other}")),
            }
            k += 1;
        }
        i += 1;
    }
    if i < args.len() {
        opts.program = Program::Script(args[i].clone());
        opts.argv = args[i..].to_vec();
    } else {
        opts.argv = vec![String::new()];
    }
    Parsed::Run(opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Options {
        let v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        match parse(&v) {
            Parsed::Run(o) => o,
            _ => panic!("expected a run"),
        }
    }

    #[test]
    fn script_and_arguments() {
        let o = run(&["-u", "x.py", "-c", "y"]);
        assert_eq!(o.program, Program::Script("x.py".into()));
        assert_eq!(o.argv, ["x.py", "-c", "y"]);
        assert!(o.unbuffered);
    }

    #[test]
    fn command_and_module() {
        assert_eq!(run(&["-c", "print(1)", "a"]).argv, ["-c", "a"]);
        assert_eq!(run(&["-mtimeit"]).program, Program::Module("timeit".into()));
        assert_eq!(run(&["-OO", "-"]).optimize, 2);
    }

    #[test]
    fn errors() {
        assert!(matches!(parse(&["-z".to_string()]), Parsed::Error(_)));
        assert!(matches!(parse(&["-c".to_string()]), Parsed::Error(_)));
        assert!(matches!(parse(&["--bogus".to_string()]), Parsed::Error(_)));
    }
}
