// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ProfileCommand.h"

#include "api/ApiError.h"
#include "credentials/ConnectionTester.h"
#include "credentials/CredentialStore.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProfileResolver.h"
#include "credentials/ProfileStore.h"
#include "credentials/ProfileValidator.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {

// ---- reading secrets from stdin ------------------------------------------------------------------------

struct termios g_savedTermios;
volatile sig_atomic_t g_echoOff = 0;

void restoreEchoAndExit(int sig)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTermios);
    const char nl = '\n';
    (void)!write(STDERR_FILENO, &nl, 1);
    _exit(128 + sig);
}

// Reads one line from stdin (without the line break). On a terminal, prints `prompt` to stderr and switches
// echo off while the line is typed. Returns false at end of input with nothing read.
bool readSecretLine(const char *prompt, QString *out)
{
    const bool tty = isatty(STDIN_FILENO);
    struct sigaction oldInt {}, oldTerm {}, oldHup {};
    if (tty) {
        fputs(prompt, stderr);
        fflush(stderr);
        if (tcgetattr(STDIN_FILENO, &g_savedTermios) == 0) {
            struct sigaction sa {};
            sa.sa_handler = restoreEchoAndExit;
            sigemptyset(&sa.sa_mask);
            sigaction(SIGINT, &sa, &oldInt);
            sigaction(SIGTERM, &sa, &oldTerm);
            sigaction(SIGHUP, &sa, &oldHup);
            struct termios noEcho = g_savedTermios;
            noEcho.c_lflag &= ~tcflag_t(ECHO);
            noEcho.c_lflag |= ECHONL;
            if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho) == 0)
                g_echoOff = 1;
        }
    }
    std::string line;
    bool any = false;
    int c;
    while ((c = fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (tty && g_echoOff) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTermios);
        g_echoOff = 0;
        sigaction(SIGINT, &oldInt, nullptr);
        sigaction(SIGTERM, &oldTerm, nullptr);
        sigaction(SIGHUP, &oldHup, nullptr);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *out = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return any;
}

// ---- options -------------------------------------------------------------------------------------------

const QStringList kSecretOptions = {QStringLiteral("--secret"), QStringLiteral("--secret-key"),
                                    QStringLiteral("--access-key-secret"), QStringLiteral("--secret-access-key"),
                                    QStringLiteral("--session-token"), QStringLiteral("--security-token"),
                                    QStringLiteral("--password")};

struct Options
{
    QStringList positional;
    std::optional<QString> provider, region, accessKeyId, caBundle, defaultDirectory, rename;
    QMap<QString, QString> endpoints; // value empty: remove the override (edit)
    bool secretStdin = false;
    bool sessionTokenStdin = false;
    bool clearSessionToken = false;
    bool json = false;
    bool yes = false;
    bool help = false;
    double timeoutSeconds = 15;
};

bool isOption(const QString &arg, const QString &name)
{
    return arg == name || arg.startsWith(name + QLatin1Char('='));
}

QString parseOptions(const QStringList &args, Options *o)
{
    auto value = [&args](int *i, const QString &name, QString *error) -> QString {
        const QString a = args.at(*i);
        if (a.startsWith(name + QLatin1Char('=')))
            return a.mid(name.size() + 1);
        if (*i + 1 >= args.size()) {
            *error = QStringLiteral("option %1 needs a value").arg(name);
            return {};
        }
        return args.at(++*i);
    };
    QString error;
    for (int i = 0; i < args.size() && error.isEmpty(); ++i) {
        const QString a = args.at(i);
        for (const QString &s : kSecretOptions) {
            if (isOption(a, s))
                return QStringLiteral("secrets are never accepted on the command line (they end up in shell "
                                      "history and process lists); type or pipe them on stdin "
                                      "(--secret-stdin, --session-token-stdin)");
        }
        if (isOption(a, QStringLiteral("--provider")))
            o->provider = value(&i, QStringLiteral("--provider"), &error);
        else if (isOption(a, QStringLiteral("--region")))
            o->region = value(&i, QStringLiteral("--region"), &error);
        else if (isOption(a, QStringLiteral("--access-key-id")) || isOption(a, QStringLiteral("--access-key")))
            o->accessKeyId = value(&i, a.startsWith(QLatin1String("--access-key-id")) ? QStringLiteral("--access-key-id")
                                                                                       : QStringLiteral("--access-key"),
                                   &error);
        else if (isOption(a, QStringLiteral("--ca-bundle")))
            o->caBundle = value(&i, QStringLiteral("--ca-bundle"), &error);
        else if (isOption(a, QStringLiteral("--default-directory")))
            o->defaultDirectory = value(&i, QStringLiteral("--default-directory"), &error);
        else if (isOption(a, QStringLiteral("--rename")))
            o->rename = value(&i, QStringLiteral("--rename"), &error);
        else if (isOption(a, QStringLiteral("--endpoint"))) {
            const QString v = value(&i, QStringLiteral("--endpoint"), &error);
            const int eq = v.indexOf(QLatin1Char('='));
            if (error.isEmpty() && eq <= 0)
                error = QStringLiteral("--endpoint takes SERVICE=URL, e.g. --endpoint id=https://id.example.com");
            else if (error.isEmpty()) {
                const QString service = v.left(eq).trimmed();
                if (!ServiceCatalog::fromName(service))
                    error = QStringLiteral("--endpoint: unknown service %1 (use id, cloudidentity or cloudsso)").arg(service);
                else
                    o->endpoints.insert(service, v.mid(eq + 1).trimmed());
            }
        } else if (isOption(a, QStringLiteral("--timeout"))) {
            bool ok = false;
            o->timeoutSeconds = value(&i, QStringLiteral("--timeout"), &error).toDouble(&ok);
            if (error.isEmpty() && (!ok || o->timeoutSeconds <= 0))
                error = QStringLiteral("--timeout must be a positive number of seconds");
        } else if (a == QLatin1String("--secret-stdin"))
            o->secretStdin = true;
        else if (a == QLatin1String("--session-token-stdin"))
            o->sessionTokenStdin = true;
        else if (a == QLatin1String("--clear-session-token"))
            o->clearSessionToken = true;
        else if (a == QLatin1String("--json"))
            o->json = true;
        else if (a == QLatin1String("-y") || a == QLatin1String("--yes"))
            o->yes = true;
        else if (a == QLatin1String("-h") || a == QLatin1String("--help"))
            o->help = true;
        else if (a.startsWith(QLatin1String("--")) && a.size() > 2)
            error = QStringLiteral("unknown option %1").arg(a);
        else
            o->positional << a;
    }
    return error;
}

// Applies the options to a profile; returns an error message or empty.
QString applyOptions(const Options &o, Profile *p, bool adding)
{
    if (o.provider) {
        const auto provider = Profile::providerFromKey(o.provider->toLower());
        if (!provider)
            return QStringLiteral("--provider must be volcengine or aliyun");
        if (!adding && *provider != p->provider) {
            // Endpoint overrides of the other provider's services make no sense any more.
            for (const QString &s : p->serviceNames())
                p->endpoints.remove(s);
        }
        p->provider = *provider;
    } else if (adding) {
        return QStringLiteral("--provider volcengine|aliyun is required");
    }
    if (o.region)
        p->region = o.region->trimmed();
    if (o.accessKeyId)
        p->accessKeyId = o.accessKeyId->trimmed();
    if (o.caBundle)
        p->caBundle = o.caBundle->trimmed();
    if (o.defaultDirectory)
        p->defaultDirectory = o.defaultDirectory->trimmed();
    for (auto it = o.endpoints.cbegin(); it != o.endpoints.cend(); ++it) {
        if (it.value().isEmpty())
            p->endpoints.remove(it.key());
        else
            p->endpoints.insert(it.key(), it.value());
    }
    if (o.rename)
        p->name = *o.rename;
    if (adding && p->region.isEmpty())
        p->region = ProfileValidator::knownRegions(p->provider).value(0);
    return {};
}

QString endpointsText(const Profile &p)
{
    QStringList parts;
    for (auto it = p.endpoints.cbegin(); it != p.endpoints.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QLatin1Char(' '));
}

QJsonObject toJson(const Profile &p)
{
    QJsonObject endpoints;
    for (auto it = p.endpoints.cbegin(); it != p.endpoints.cend(); ++it)
        endpoints.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("name"), p.name},
                  {QStringLiteral("provider"), Profile::providerKey(p.provider)},
                  {QStringLiteral("region"), p.region},
                  {QStringLiteral("accessKeyId"), p.accessKeyId},
                  {QStringLiteral("endpoints"), endpoints}};
    if (!p.caBundle.isEmpty())
        o.insert(QStringLiteral("caBundle"), p.caBundle);
    if (!p.defaultDirectory.isEmpty())
        o.insert(QStringLiteral("defaultDirectory"), p.defaultDirectory);
    return o;
}

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '));
}

int keychainError(QTextStream &err, const CredentialResult &r, const QString &what)
{
    if (r.status == CredentialResult::Status::Unavailable)
        err << "idconsole-cli: " << what << ": the system keychain is unavailable: " << r.message << '\n'
            << "Start and unlock a Secret Service provider (GNOME Keyring or KWallet) in your session and try again.\n"
               "For a one-off command, pass the key in the environment instead (VOLCENGINE_ACCESS_KEY / "
               "VOLCENGINE_SECRET_KEY or ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET).\n";
    else
        err << "idconsole-cli: " << what << ": " << r.fullMessage() << '\n';
    err << "Nothing was changed. Secrets are never written in plain text.\n";
    return ProfileCommand::KeychainFailure;
}

// ---- commands ------------------------------------------------------------------------------------------

int reportIssues(QTextStream &err, const QList<ProfileValidator::Issue> &issues)
{
    for (const auto &issue : issues)
        err << "idconsole-cli: " << issue.message << '\n';
    return ProfileCommand::Usage;
}

int cmdAdd(const Options &o, ProfileStore &profiles, CredentialStore &credentials, QTextStream &out, QTextStream &err)
{
    if (o.positional.size() != 1) {
        err << "idconsole-cli: profile add needs exactly one NAME\n\n" << ProfileCommand::usage();
        return ProfileCommand::Usage;
    }
    if (o.rename || o.clearSessionToken) {
        err << "idconsole-cli: --rename and --clear-session-token apply to profile edit only\n";
        return ProfileCommand::Usage;
    }
    Profile p;
    p.name = o.positional.first();
    if (const QString e = applyOptions(o, &p, true); !e.isEmpty()) {
        err << "idconsole-cli: " << e << '\n';
        return ProfileCommand::Usage;
    }
    if (!o.accessKeyId) {
        err << "idconsole-cli: --access-key-id is required\n";
        return ProfileCommand::Usage;
    }
    const QList<ProfileValidator::Issue> issues = ProfileValidator::validate(p, profiles.names());
    if (!issues.isEmpty())
        return reportIssues(err, issues);
    ProfileValidator::normalize(&p);

    QString secret, token;
    if (!readSecretLine("Secret access key: ", &secret) || secret.isEmpty()) {
        err << "idconsole-cli: no secret access key on stdin (type it at the prompt or pipe it as the first line)\n";
        return ProfileCommand::Usage;
    }
    if (const QString e = ProfileValidator::checkSecretKey(secret); !e.isEmpty()) {
        err << "idconsole-cli: " << e << '\n';
        return ProfileCommand::Usage;
    }
    if (o.sessionTokenStdin) {
        if (!readSecretLine("Session token: ", &token) || token.isEmpty()) {
            err << "idconsole-cli: --session-token-stdin: no session token on stdin (second line)\n";
            return ProfileCommand::Usage;
        }
    }
    // The secret first: a profile is never saved without the secret it needs.
    const CredentialResult w = ProfileResolver::writeSync(credentials, p.name, secret, token);
    secret.fill(QLatin1Char('\0'));
    token.fill(QLatin1Char('\0'));
    if (!w.ok())
        return keychainError(err, w, QStringLiteral("profile %1 not added").arg(p.name));
    QString error;
    if (!profiles.save(p, {}, &error)) {
        ProfileResolver::removeSync(credentials, p.name);
        err << "idconsole-cli: " << error << '\n';
        return ProfileCommand::Usage;
    }
    out << "Profile " << p.name << " added; its secret key is in the " << credentials.displayName().toLower() << ".\n";
    return ProfileCommand::Ok;
}

int cmdEdit(const Options &o, ProfileStore &profiles, CredentialStore &credentials, QTextStream &out, QTextStream &err)
{
    if (o.positional.size() != 1) {
        err << "idconsole-cli: profile edit needs exactly one NAME\n\n" << ProfileCommand::usage();
        return ProfileCommand::Usage;
    }
    const QString original = o.positional.first();
    const std::optional<Profile> existing = profiles.profile(original);
    if (!existing) {
        err << "idconsole-cli: there is no profile named " << original << '\n';
        return ProfileCommand::Usage;
    }
    Profile p = *existing;
    if (const QString e = applyOptions(o, &p, false); !e.isEmpty()) {
        err << "idconsole-cli: " << e << '\n';
        return ProfileCommand::Usage;
    }
    if (o.sessionTokenStdin && o.clearSessionToken) {
        err << "idconsole-cli: use either --session-token-stdin or --clear-session-token\n";
        return ProfileCommand::Usage;
    }
    const QList<ProfileValidator::Issue> issues = ProfileValidator::validate(p, profiles.names(), original);
    if (!issues.isEmpty())
        return reportIssues(err, issues);
    ProfileValidator::normalize(&p);
    const bool renamed = p.name != original;

    // Secret changes: a new key and/or token from stdin, or dropping the token. Otherwise the stored entry stays.
    QString secret, token;
    bool secretChanged = false;
    if (o.secretStdin) {
        if (!readSecretLine("Secret access key: ", &secret) || secret.isEmpty()) {
            err << "idconsole-cli: --secret-stdin: no secret access key on stdin\n";
            return ProfileCommand::Usage;
        }
        if (const QString e = ProfileValidator::checkSecretKey(secret); !e.isEmpty()) {
            err << "idconsole-cli: " << e << '\n';
            return ProfileCommand::Usage;
        }
        secretChanged = true;
    }
    if (o.sessionTokenStdin) {
        if (!readSecretLine("Session token: ", &token) || token.isEmpty()) {
            err << "idconsole-cli: --session-token-stdin: no session token on stdin\n";
            return ProfileCommand::Usage;
        }
        secretChanged = true;
    }
    if (o.clearSessionToken)
        secretChanged = true;
    if (secretChanged && !o.secretStdin) {
        // Keep the stored key, change only the token.
        const CredentialResult r = ProfileResolver::readSync(credentials, original);
        if (r.status == CredentialResult::Status::NotFound) {
            err << "idconsole-cli: profile " << original
                << " has no saved secret key to go with the session token; add --secret-stdin\n";
            return ProfileCommand::KeychainFailure;
        }
        if (!r.ok())
            return keychainError(err, r, QStringLiteral("profile %1 not changed").arg(original));
        secret = r.secretKey;
    }

    CredentialResult w;
    if (secretChanged) {
        w = ProfileResolver::writeSync(credentials, p.name, secret, token);
    } else if (renamed) {
        const CredentialResult r = ProfileResolver::readSync(credentials, original);
        if (r.ok())
            w = ProfileResolver::writeSync(credentials, p.name, r.secretKey, r.sessionToken);
        else if (r.status != CredentialResult::Status::NotFound)
            w = r;
    }
    secret.fill(QLatin1Char('\0'));
    token.fill(QLatin1Char('\0'));
    if (!w.ok())
        return keychainError(err, w, QStringLiteral("profile %1 not changed").arg(original));

    QString error;
    if (!profiles.save(p, original, &error)) {
        err << "idconsole-cli: " << error << '\n';
        return ProfileCommand::Usage;
    }
    if (renamed) {
        const CredentialResult r = ProfileResolver::removeSync(credentials, original);
        if (!r.ok())
            err << "idconsole-cli: warning: the keychain entry under the old name " << original
                << " could not be removed: " << r.message << '\n';
    }
    out << "Profile " << p.name << " saved"
        << (secretChanged ? "; its secret was updated in the keychain" : "; its stored secret key is unchanged")
        << ".\n";
    return ProfileCommand::Ok;
}

int cmdList(const Options &o, ProfileStore &profiles, QTextStream &out, QTextStream &err)
{
    if (!o.positional.isEmpty()) {
        err << "idconsole-cli: profile list takes no arguments\n";
        return ProfileCommand::Usage;
    }
    const QList<Profile> list = profiles.profiles();
    const QString last = profiles.lastUsed();
    if (o.json) {
        QJsonArray array;
        for (const Profile &p : list) {
            QJsonObject obj = toJson(p);
            obj.insert(QStringLiteral("lastUsed"), p.name == last);
            array << obj;
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ProfileCommand::Ok;
    }
    if (list.isEmpty()) {
        err << "No profiles yet. Add one with: idconsole-cli profile add NAME --provider volcengine|aliyun "
               "--region R --access-key-id AK\n";
        return ProfileCommand::Ok;
    }
    int wName = 4, wProvider = 8, wRegion = 6, wKey = 13;
    for (const Profile &p : list) {
        wName = qMax(wName, int(p.name.size()) + 2);
        wRegion = qMax(wRegion, int(p.region.size()));
        wKey = qMax(wKey, int(p.accessKeyId.size()));
    }
    wProvider = 10;
    out << pad(QStringLiteral("NAME"), wName) << "  " << pad(QStringLiteral("PROVIDER"), wProvider) << "  "
        << pad(QStringLiteral("REGION"), wRegion) << "  " << pad(QStringLiteral("ACCESS KEY ID"), wKey) << "  "
        << "ENDPOINTS\n";
    for (const Profile &p : list) {
        const QString name = (p.name == last ? QStringLiteral("* ") : QStringLiteral("  ")) + p.name;
        out << pad(name, wName) << "  " << pad(Profile::providerKey(p.provider), wProvider) << "  "
            << pad(p.region.isEmpty() ? QStringLiteral("-") : p.region, wRegion) << "  " << pad(p.accessKeyId, wKey)
            << "  " << (p.endpoints.isEmpty() ? QStringLiteral("-") : endpointsText(p)) << '\n';
    }
    return ProfileCommand::Ok;
}

int cmdShow(const Options &o, ProfileStore &profiles, CredentialStore &credentials, QTextStream &out, QTextStream &err)
{
    if (o.positional.size() != 1) {
        err << "idconsole-cli: profile show needs exactly one NAME\n";
        return ProfileCommand::Usage;
    }
    const std::optional<Profile> p = profiles.profile(o.positional.first());
    if (!p) {
        err << "idconsole-cli: there is no profile named " << o.positional.first() << '\n';
        return ProfileCommand::Usage;
    }
    const CredentialResult r = ProfileResolver::readSync(credentials, p->name);
    QString secretState;
    switch (r.status) {
    case CredentialResult::Status::Ok:
        secretState = r.sessionToken.isEmpty() ? QStringLiteral("saved in the keychain")
                                               : QStringLiteral("saved in the keychain, with a session token");
        break;
    case CredentialResult::Status::NotFound:
        secretState = QStringLiteral("not saved yet");
        break;
    case CredentialResult::Status::Unavailable:
        secretState = QStringLiteral("unknown: the keychain is unavailable (%1)").arg(r.message);
        break;
    case CredentialResult::Status::Error:
        secretState = QStringLiteral("unreadable: %1").arg(r.message);
        break;
    }
    if (o.json) {
        QJsonObject obj = toJson(*p);
        obj.insert(QStringLiteral("secret"), r.status == CredentialResult::Status::Ok          ? QStringLiteral("saved")
                                             : r.status == CredentialResult::Status::NotFound ? QStringLiteral("missing")
                                                                                              : QStringLiteral("unavailable"));
        out << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Indented));
        return ProfileCommand::Ok;
    }
    out << "Name:              " << p->name << '\n'
        << "Provider:          " << Profile::providerKey(p->provider) << '\n'
        << "Region:            " << (p->region.isEmpty() ? QStringLiteral("(service default)") : p->region) << '\n'
        << "Access key ID:     " << p->accessKeyId << '\n'
        << "Secret access key: " << secretState << '\n';
    out << "Endpoints:\n";
    for (const QString &s : p->serviceNames()) {
        QString value = p->endpoints.value(s);
        if (value.isEmpty()) {
            const Service service = *ServiceCatalog::fromName(s);
            value = QStringLiteral("%1 (default)")
                        .arg(ServiceCatalog::defaultEndpoint(service, p->region.isEmpty() ? ServiceCatalog::defaultRegion(service)
                                                                                          : p->region)
                                 .toString());
        }
        out << "  " << pad(s, 17) << value << '\n';
    }
    if (!p->caBundle.isEmpty())
        out << "CA bundle:         " << p->caBundle << '\n';
    if (!p->defaultDirectory.isEmpty())
        out << "Default directory: " << p->defaultDirectory << '\n';
    return ProfileCommand::Ok;
}

int cmdRemove(const Options &o, ProfileStore &profiles, CredentialStore &credentials, QTextStream &out, QTextStream &err)
{
    if (o.positional.size() != 1) {
        err << "idconsole-cli: profile remove needs exactly one NAME\n";
        return ProfileCommand::Usage;
    }
    const QString name = o.positional.first();
    if (!profiles.contains(name)) {
        err << "idconsole-cli: there is no profile named " << name << '\n';
        return ProfileCommand::Usage;
    }
    if (!o.yes && isatty(STDIN_FILENO)) {
        err << "Remove profile " << name << " and its secret key from the keychain? [y/N] ";
        err.flush();
        std::string answer;
        int c;
        while ((c = fgetc(stdin)) != EOF && c != '\n')
            answer.push_back(char(c));
        if (answer != "y" && answer != "Y" && answer != "yes") {
            err << "Nothing removed.\n";
            return ProfileCommand::Usage;
        }
    }
    const CredentialResult r = ProfileResolver::removeSync(credentials, name);
    if (!r.ok())
        return keychainError(err, r, QStringLiteral("profile %1 not removed").arg(name));
    QString error;
    if (!profiles.remove(name, &error)) {
        err << "idconsole-cli: " << error << '\n';
        return ProfileCommand::Usage;
    }
    out << "Profile " << name << " removed, with its keychain entry.\n";
    return ProfileCommand::Ok;
}

int cmdTest(const Options &o, ProfileStore &profiles, CredentialStore &credentials, QTextStream &out, QTextStream &err)
{
    if (o.positional.size() != 1) {
        err << "idconsole-cli: profile test needs exactly one NAME\n";
        return ProfileCommand::Usage;
    }
    Profile p;
    Credentials c;
    QString error;
    CredentialResult::Status status = CredentialResult::Status::Ok;
    if (!ProfileResolver::resolve(profiles, credentials, o.positional.first(), &p, &c, &error, &status)) {
        err << "idconsole-cli: " << error << '\n';
        return p.name.isEmpty() ? ProfileCommand::Usage : ProfileCommand::KeychainFailure;
    }
    ConnectionTester tester;
    QEventLoop loop;
    QObject::connect(&tester, &ConnectionTester::finished, &loop, &QEventLoop::quit);
    tester.start(p, c, int(o.timeoutSeconds * 1000));
    if (tester.isRunning())
        loop.exec();
    c.secret.fill(QLatin1Char('\0'));
    int code = ProfileCommand::Ok;
    for (const ConnectionTester::Check &check : tester.checks()) {
        const QString what = QStringLiteral("%1 (%2) %3").arg(ConnectionTester::serviceDisplayName(check.service),
                                                             ServiceCatalog::name(check.service), check.action);
        if (check.ok) {
            out << "ok      " << what << "  " << check.latencyMs << " ms"
                << (check.requestId.isEmpty() ? QString() : QStringLiteral("  RequestId ") + check.requestId) << '\n';
            continue;
        }
        out << "FAILED  " << what << '\n';
        err << check.error.toString() << '\n';
        int thisCode = ProfileCommand::ApiFailure;
        if (check.error.kind == ApiError::Kind::Network || check.error.kind == ApiError::Kind::Timeout)
            thisCode = ProfileCommand::NetworkFailure;
        else if (check.error.kind == ApiError::Kind::InvalidInput)
            thisCode = ProfileCommand::Usage;
        if (code == ProfileCommand::Ok)
            code = thisCode;
    }
    if (code == ProfileCommand::Ok)
        out << ConnectionTester::summary(tester.checks()) << '\n';
    return code;
}

} // namespace

QString ProfileCommand::usage()
{
    return QStringLiteral(
        "Usage: idconsole-cli profile add NAME --provider volcengine|aliyun --access-key-id AK [--region R]\n"
        "                          [--endpoint SERVICE=URL]... [--ca-bundle FILE] [--default-directory D]\n"
        "                          [--session-token-stdin]\n"
        "       idconsole-cli profile list [--json]\n"
        "       idconsole-cli profile show NAME [--json]\n"
        "       idconsole-cli profile edit NAME [--rename NEW] [same options as add] [--secret-stdin]\n"
        "                          [--session-token-stdin | --clear-session-token]\n"
        "       idconsole-cli profile remove NAME [--yes]\n"
        "       idconsole-cli profile test NAME [--timeout S]\n"
        "\n"
        "The secret access key is read from stdin: typed at a prompt without echo, or the first line when piped\n"
        "(add always; edit only with --secret-stdin). With --session-token-stdin the STS session token is the\n"
        "next line. Secrets are stored only in the system keychain (service \"idconsole\", one entry per profile),\n"
        "never in plain text and never on the command line. Profile settings live in the idconsole settings file.\n"
        "--endpoint SERVICE=URL overrides one service's endpoint (id, cloudidentity for Volcengine; cloudsso for\n"
        "Alibaba Cloud); URLs must be https unless the host is loopback; an empty URL in edit removes the override.\n"
        "Regions: Volcengine cn-beijing, cn-shanghai, cn-guangzhou; Alibaba Cloud cn-shanghai, cn-hongkong,\n"
        "ap-northeast-2, ap-southeast-1, us-west-1, eu-central-1 (others are accepted).\n"
        "test makes one cheap read per service (ListUserPools and ListUsers, or ListDirectories).\n"
        "\n"
        "Exit codes: 0 success, 1 API error, 2 usage or validation error, 3 network error or timeout,\n"
        "4 keychain unavailable or no secret saved (nothing was changed).\n");
}

int ProfileCommand::run(const QStringList &args)
{
    ProfileStore profiles;
    KeychainCredentialStore keychain;
    return run(args, profiles, keychain);
}

int ProfileCommand::run(const QStringList &args, ProfileStore &profiles, CredentialStore &credentials)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << usage();
        return Usage;
    }
    const QString command = args.first();
    Options o;
    const QString error = parseOptions(args.mid(1), &o);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")
        || o.help) {
        out << usage();
        return Ok;
    }
    if (!error.isEmpty()) {
        err << "idconsole-cli: " << error << "\n\n" << usage();
        return Usage;
    }
    if (command == QLatin1String("add"))
        return cmdAdd(o, profiles, credentials, out, err);
    if (command == QLatin1String("edit"))
        return cmdEdit(o, profiles, credentials, out, err);
    if (command == QLatin1String("list") || command == QLatin1String("ls"))
        return cmdList(o, profiles, out, err);
    if (command == QLatin1String("show"))
        return cmdShow(o, profiles, credentials, out, err);
    if (command == QLatin1String("remove") || command == QLatin1String("rm") || command == QLatin1String("delete"))
        return cmdRemove(o, profiles, credentials, out, err);
    if (command == QLatin1String("test"))
        return cmdTest(o, profiles, credentials, out, err);
    err << "idconsole-cli: unknown profile command " << command << "\n\n" << usage();
    return Usage;
}
