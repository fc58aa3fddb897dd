/// docs/ERRORS.md, "The web application": what `csat serve` refuses before it listens. (What
/// its endpoints answer — 413, 422, 403 — is checked by ServeTests through the running server.)
enum CatalogueWeb {
    static let cases: [ErrorCase] = [
        ErrorCase(
            "N1", ["serve", "--host", "0.0.0.0"],
            "listening beyond the loopback address needs --password-file (make one with csat serve --set-password FILE)"),
        ErrorCase(
            "N2", ["serve", "--password-file", "pw.txt", "--port", "0"],
            "pw.txt:1: not a csat password file: its first line must be a bcrypt hash ($2b$…); make one with csat serve --set-password",
            files: ["pw.txt": "secret\n"]),
        ErrorCase("N3", ["serve", "--max-upload", "lots"], #"--max-upload must be a number of bytes, such as 500000000, 500M or 4G; it is "lots""#),
        ErrorCase("N4", ["serve", "--port", "70000"], "--port must be 0…65535, not 70000"),
    ]
}
