package org.entente.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entente} command. */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
    description = "Turns news articles into coded political events and relationship series.",
    subcommands = {
        DemoCommand.class,
        CodeCommand.class,
        DyadsCommand.class,
        ShiftsCommand.class,
        ProfileCommand.class,
        ReportCommand.class,
        EvalCommand.class,
        ExplainCommand.class,
        ServeCommand.class,
        ExportCommand.class,
        BenchCommand.class,
        ActorsCommand.class,
        OptimizeCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  /** Exit status when the run finished but some input was rejected (see the rejects file). */
  public static final int SOME_INPUT_REJECTED = 3;

  public static void main(String[] args) {
    quietLogs();
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit status (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("entente: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 1;
    });
    return cli.execute(args);
  }

  static void quietLogs() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
        System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
    System.setProperty("org.slf4j.simpleLogger.logFile", System.getProperty("org.slf4j.simpleLogger.logFile", "System.err"));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
