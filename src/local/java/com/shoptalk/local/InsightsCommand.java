package com.shoptalk.local;

import com.shoptalk.insights.InsightReport;
import com.shoptalk.insights.InsightsService;
import com.shoptalk.insights.ReportFormats;
import com.shoptalk.insights.ReportPeriod;
import com.shoptalk.persistence.DynamoClients;
import com.shoptalk.persistence.DynamoInsightRepository;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.text.Messages;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The merchant's report on the command line: {@code insights --since 30d --format csv|json|table}.
 *
 * <p>With {@code TABLE_NAME} set it reads that DynamoDB table with the usual AWS credentials (and
 * {@code DYNAMODB_ENDPOINT}, if set); otherwise the local run's data in {@code SHOPTALK_DATA_DIR}
 * ({@code ./.shoptalk}). Whoever can read the table may read the report, so no merchant key is
 * asked for.
 */
public final class InsightsCommand {
  private InsightsCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  /**
   * Runs the command.
   *
   * @return the exit code: 0 for a report, 1 for a usage error, 2 when the data cannot be read
   */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    String since = ReportPeriod.DEFAULT_SINCE;
    String format = "table";
    String locale = "en-US";
    int i = args.length > 0 && args[0].equals("insights") ? 1 : 0;
    for (; i < args.length; i++) {
      String option = args[i];
      if (i + 1 < args.length && (option.equals("--since") || option.equals("--format") || option.equals("--locale"))) {
        String value = args[++i];
        switch (option) {
          case "--since" -> since = value;
          case "--format" -> format = value;
          default -> locale = value;
        }
      } else {
        return usage(err, locale);
      }
    }
    if (!format.equals("table") && !format.equals("csv") && !format.equals("json")) {
      return usage(err, locale);
    }
    String tableName = env.getOrDefault("TABLE_NAME", "");
    try {
      if (!tableName.isBlank()) {
        return print(report(DynamoClients.table(tableName, env), since), format, locale, out);
      }
      Path dataDir = Path.of(env.getOrDefault("SHOPTALK_DATA_DIR", ".shoptalk")).toAbsolutePath();
      try (LocalDynamo dynamo = LocalDynamo.inFolder(dataDir.resolve("dynamodb"))) {
        return print(report(dynamo.table("shoptalk"), since), format, locale, out);
      }
    } catch (ReportPeriod.InvalidPeriod invalid) {
      err.println(Messages.of(locale).raw("merchant.error.period"));
      return 1;
    } catch (RuntimeException unreadable) {
      err.println(Messages.of(locale).text("merchant.cli.unreadable", "reason", String.valueOf(unreadable.getMessage())));
      return 2;
    }
  }

  private static InsightReport report(DynamoTable table, String since) {
    var insights = new InsightsService(new DynamoInsightRepository(table), Clock.systemUTC());
    return insights.report(insights.since(since));
  }

  private static int print(InsightReport report, String format, String locale, PrintStream out) {
    out.print(switch (format) {
      case "csv" -> ReportFormats.csv(report);
      case "json" -> ReportFormats.json(report);
      default -> ReportFormats.table(report, Messages.of(locale));
    });
    out.flush();
    return 0;
  }

  private static int usage(PrintStream err, String locale) {
    err.println(Messages.of(locale).raw("merchant.cli.usage"));
    return 1;
  }
}
