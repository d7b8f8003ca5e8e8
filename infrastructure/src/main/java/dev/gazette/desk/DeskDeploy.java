package dev.gazette.desk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code ./gazette desk --stack NAME}: puts the built desk into a deployed stack's site bucket,
 * with the config.json its outputs call for (API, issuer, app client, Cognito's sign-out), where
 * CloudFront serves it under /desk/. Credentials and region come from the usual AWS settings.
 */
public final class DeskDeploy {

  static final String USAGE = """
      Usage: ./gazette desk --stack NAME [--dist desk/dist] [--scope "openid profile gazette/articles:write ..."]
        Builds the desk (npm) if needed and uploads it to the stack's site bucket under desk/,
        with a config.json from the stack's outputs. AWS credentials and region as for the aws CLI.
      """;
  /** The Cognito resource server the template declares: its scopes are named gazette/<scope>. */
  static final String COGNITO_SCOPES =
      "openid profile gazette/articles:write gazette/articles:act-for-others";

  private DeskDeploy() {
  }

  public static void main(String[] args) {
    Map<String, String> flags = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        System.err.print(USAGE);
        System.exit(2);
      }
      flags.put(args[i].substring(2), args[++i]);
    }
    if (!flags.containsKey("stack")) {
      System.err.print(USAGE);
      System.exit(2);
    }
    Path dist = Path.of(flags.getOrDefault("dist", "desk/dist"));
    if (!Files.isRegularFile(dist.resolve("index.html"))) {
      System.err.println(dist + " holds no built desk: npm --prefix desk ci && npm --prefix desk run build");
      System.exit(1);
    }
    try (CloudFormationClient cloudFormation = CloudFormationClient.create(); S3Client s3 = S3Client.create()) {
      Stack stack = cloudFormation.describeStacks(d -> d.stackName(flags.get("stack"))).stacks().get(0);
      Map<String, String> outputs = new LinkedHashMap<>();
      stack.outputs().forEach(output -> outputs.put(output.outputKey(), output.outputValue()));
      Map<String, String> parameters = new LinkedHashMap<>();
      stack.parameters().forEach(parameter -> parameters.put(parameter.parameterKey(), parameter.parameterValue()));
      DeskFiles.DeskConfig config = config(outputs, parameters, flags.get("scope"));
      int written = DeskFiles.publish(s3, required(outputs, "BucketName"), dist, config);
      System.out.printf("%d file(s) written; the desk is at %s%n", written,
          outputs.getOrDefault("DeskUrl", config.siteUrl() + "/desk/"));
      if (outputs.containsKey("DeskSettingsArn") && outputs.containsKey("DeskConnectSources")) {
        // The CSP's connect-src lives in a CloudFront key value store, whose API signs with SigV4A
        // (a native library in the Java SDK): the aws CLI does it.
        System.out.printf("""
            If the desk's connect-src changed (first deploy, new API or bucket), set it once:
              ETAG=$(aws cloudfront-keyvaluestore describe-key-value-store --kvs-arn %1$s --query ETag --output text)
              aws cloudfront-keyvaluestore put-key --kvs-arn %1$s --if-match "$ETAG" --key connect-src --value '%2$s'
            """, outputs.get("DeskSettingsArn"), outputs.get("DeskConnectSources"));
      }
    } catch (IllegalStateException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  /** The desk's configuration from the stack's outputs and parameters. */
  static DeskFiles.DeskConfig config(Map<String, String> outputs, Map<String, String> parameters, String scope) {
    String hostedUi = outputs.get("HostedUiDomain");
    String signOut = hostedUi == null || hostedUi.isBlank() ? null
        : (hostedUi.startsWith("https://") ? hostedUi : "https://" + hostedUi) + "/logout";
    return new DeskFiles.DeskConfig(required(outputs, "ApiUrl"), required(outputs, "IssuerUrl"),
        required(outputs, "DeskClientId"),
        scope != null ? scope : outputs.getOrDefault("DeskScope", signOut != null ? COGNITO_SCOPES
            : "openid profile articles:write articles:act-for-others"),
        required(outputs, "SiteUrl").replaceAll("/+$", ""),
        parameters.getOrDefault("SiteTimezone", "Europe/Paris"), signOut);
  }

  private static String required(Map<String, String> outputs, String name) {
    String value = outputs.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("The stack has no output " + name + ": deploy this checkout's template.yaml first");
    }
    return value;
  }
}
