// SPDX-License-Identifier: GPL-3.0-or-later
#include "InProcessEmulator.h"

#include "DatasetBuilder.h"

#include <QJsonDocument>

QDateTime InProcessEmulator::fixedNow()
{
    return QDateTime(QDate(2025, 6, 15), QTime(10, 0, 0), Qt::UTC);
}

InProcessEmulator::InProcessEmulator(const QString &dataset, quint64 seed, int users, int events, int poolUsers)
    : m_faults(seed), m_signer(QString::fromLatin1(AccessKey), QByteArray(Secret))
{
    m_credentials.add(QString::fromLatin1(AccessKey), QByteArray(Secret));
    m_clock.setFixed(fixedNow());
    emu::DatasetBuilder::Options o;
    o.dataset = dataset;
    o.seed = seed;
    o.users = users;
    o.events = events;
    o.poolUsers = poolUsers;
    o.nowMs = fixedNow().toMSecsSinceEpoch();
    emu::DatasetBuilder(o).build(m_store);
    m_dispatcher = std::make_unique<emu::RequestDispatcher>(m_store, m_credentials, m_clock);
}

InProcessEmulator::Reply InProcessEmulator::send(const emu::HttpRequest &request)
{
    Reply reply;
    reply.raw = m_dispatcher->handle(request);
    reply.status = reply.raw.status();
    reply.json = QJsonDocument::fromJson(reply.raw.body()).object();
    return reply;
}

InProcessEmulator::Reply InProcessEmulator::volcRaw(const QString &action, const QString &service, const QByteArray &body)
{
    const QString version = service == QLatin1String("id") ? QStringLiteral("2025-10-30") : QStringLiteral("2023-01-01");
    return send(m_signer.volc(action, version, service, body, m_clock.now()));
}

InProcessEmulator::Reply InProcessEmulator::id(const QString &action, const QJsonObject &body)
{
    return volcRaw(action, QStringLiteral("id"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

InProcessEmulator::Reply InProcessEmulator::ci(const QString &action, const QJsonObject &body)
{
    return volcRaw(action, QStringLiteral("cloudidentity"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

InProcessEmulator::Reply InProcessEmulator::sso(const QString &action, QList<QPair<QString, QString>> params,
                                                bool withDirectory)
{
    if (withDirectory)
        params.prepend({QStringLiteral("DirectoryId"), directoryId()});
    return send(m_signer.acs(action, params, m_clock.now()));
}

QString InProcessEmulator::directoryId() const
{
    return m_store.ssoDirectories().empty() ? QString() : m_store.ssoDirectories().front().directory().id;
}

QString InProcessEmulator::volcErrorCode(const Reply &reply)
{
    return reply.json.value(QStringLiteral("ResponseMetadata")).toObject().value(QStringLiteral("Error")).toObject()
        .value(QStringLiteral("Code")).toString();
}

QString InProcessEmulator::volcErrorMessage(const Reply &reply)
{
    return reply.json.value(QStringLiteral("ResponseMetadata")).toObject().value(QStringLiteral("Error")).toObject()
        .value(QStringLiteral("Message")).toString();
}

QJsonObject InProcessEmulator::volcResult(const Reply &reply)
{
    return reply.json.value(QStringLiteral("Result")).toObject();
}

const std::vector<emu::SsoUser> &InProcessEmulator::ssoDirectoryUsers(InProcessEmulator &emu)
{
    return emu.m_store.ssoDirectories().front().users().items();
}
