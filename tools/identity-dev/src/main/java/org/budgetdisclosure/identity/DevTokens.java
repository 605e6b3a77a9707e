package org.budgetdisclosure.identity;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command behind {@code tools/dev-token}: makes a local key pair and signs tokens with it for any role and
 * unit scope, so a developer (and {@code ./run-local}) can call the platform as each kind of caller would.
 */
public final class DevTokens {

    private static final Set<String> ROLES = Set.of("viewer", "editor", "publisher", "admin");
    private static final String USAGE = """
            usage:
              dev-token keys DIR
                  makes DIR/private.pem and DIR/public.pem unless they exist; prints the public key's path
              dev-token token --keys DIR --role ROLE[,ROLE] [--units CODE|PREFIX*|*[,...]] [--subject NAME] [--ttl 8h]
                  prints a bearer token signed with DIR/private.pem; roles: viewer, editor, publisher, admin;
                  units: exact unit codes, a code prefix ending in *, or * for every unit (default *)
            """;

    private DevTokens() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("dev-token: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        }
    }

    static String run(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("say keys or token");
        }
        switch (args[0]) {
            case "keys" -> {
                if (args.length != 2) throw new IllegalArgumentException("keys takes one directory");
                Path dir = Path.of(args[1]);
                DevIdentity.keysIn(dir);
                return dir.resolve("public.pem").toAbsolutePath().toString();
            }
            case "token" -> {
                Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
                String keys = required(options, "--keys");
                List<String> roles = List.of(required(options, "--role").split(","));
                for (String role : roles) {
                    if (!ROLES.contains(role)) throw new IllegalArgumentException("unknown role " + role);
                }
                List<String> units = List.of(options.getOrDefault("--units", "*").split(","));
                for (String unit : units) {
                    if (!unit.matches("\\*|[0-9A-Za-z_-]{1,32}\\*?")) throw new IllegalArgumentException("not a unit scope: " + unit);
                }
                KeyPair pair = DevIdentity.keysIn(Path.of(keys));
                return DevIdentity.token(options.getOrDefault("--subject", "dev-" + String.join("-", roles)), roles, units,
                        ttl(options.getOrDefault("--ttl", "8h"))).sign(pair.getPrivate());
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) throw new IllegalArgumentException("options come as --name value");
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " is required");
        return value;
    }

    static Duration ttl(String text) {
        if (!text.matches("\\d{1,6}[smhd]")) throw new IllegalArgumentException("--ttl is a number with s, m, h or d");
        long n = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
