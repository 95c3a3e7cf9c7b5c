// SPDX-License-Identifier: GPL-3.0-or-later
#include "MauReportTools.h"

#include "EmulatorFixture.h"

#include <QProcess>
#include <QRegularExpression>

namespace MauReportTools {

CliRun runCliReport(const EmulatorFixture &emu, const QStringList &args, const QString &cacheHome,
                    const QString &endpointOverride)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VOLCENGINE_ACCESS_KEY"), emu.accessKey());
    env.insert(QStringLiteral("VOLCENGINE_SECRET_KEY"), emu.secret());
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));   // the command picks offscreen by itself
    p.setProcessEnvironment(env);
    QStringList all{QStringLiteral("--endpoint"),
                    endpointOverride.isEmpty() ? emu.endpoint().toString() : endpointOverride,
                    QStringLiteral("mau"), QStringLiteral("report")};
    all << args;
    p.start(QStringLiteral(IDCONSOLE_CLI_PATH), all);
    CliRun r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString pdfText(const QString &pdfFile, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                          pdfFile, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("pdftotext failed (is poppler-utils installed?): ")
                     + QString::fromUtf8(p.readAllStandardError()) + p.errorString();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString comparableText(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("Generated")) || t.startsWith(QStringLiteral("生成时间"))
            || t.startsWith(QLatin1String("Profile")) || t.startsWith(QStringLiteral("配置")))
            continue;
        out << line.simplified();
    }
    return out.join(QLatin1Char('\n'));
}
}
