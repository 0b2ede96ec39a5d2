// ESLint with typescript-eslint, the convention of VS Code extensions. typescript-eslint reads types through
// TypeScript's JS API, which TypeScript 7 (the native compiler that builds and type-checks this project) does not ship;
// so `typescript` in package.json is TypeScript 6.0 (@typescript/typescript6), used only by typescript-eslint, while
// the compiler is TypeScript 7 under the alias `typescript7` (node_modules/typescript7/bin/tsc; not the `tsc` on
// the PATH, which TypeScript 6's own dependency may take). Not `@typescript/native`: typescript-eslint reserves that
// name (an optional peer, TypeScript >= 7.1) for its future native backend. See README "Quick start".
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["out/**", "dist/**", "node_modules/**", "test-output/**", ".vscode-test/**", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: {
      parserOptions: {
        project: [
          "./tsconfig.core.json",
          "./tsconfig.webview.json",
          "./tsconfig.extension.json",
          "./tsconfig.test.json",
          "./tsconfig.e2e.json",
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A promise nobody awaits loses its rejection: an error the user never sees.
      "@typescript-eslint/no-floating-promises": [
        "error",
        // node:test's describe/it/test return promises the runner itself awaits.
        { allowForKnownSafeCalls: [{ from: "package", package: "node:test", name: ["describe", "it", "test", "suite"] }] },
      ],
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/only-throw-error": "error",
      "@typescript-eslint/no-for-in-array": "error",
      "@typescript-eslint/no-explicit-any": "error",
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-prototype-builtins": "error",
      // `let x; ... () => x?.(); x = ...`: a closure that reads the variable before it is set cannot use const.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
      // `_name` marks a deliberately unused binding; `const { secret, ...rest } = r` drops a field.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // require() stays for what is loaded lazily on purpose (the SDK's deep paths, the sandbox bundle): activation
      // must not pay for them. esbuild and TypeScript type-check both forms alike.
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    // The core, the sandbox and the CLI run under plain Node (the CLI has no VS Code): the vscode API is the
    // extension layer's alone. test/unit/core/layers.test.ts checks the same.
    files: ["src/core/**/*.ts", "src/sandbox/**/*.ts", "src/cli/**/*.ts", "src/shared/**/*.ts", "src/webview/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "vscode", message: "Only src/extension may use the vscode API." }] }] },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
