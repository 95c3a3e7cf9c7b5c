// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// Builds signed requests for the emulator's tests, using the emulator-side canonicalisation (which tst_signing
// pins to the published test vectors).
class SignedRequestFactory
{
public:
    SignedRequestFactory(const QString &accessKeyId, const QByteArray &secret);

    void setHost(const QByteArray &host) { m_host = host; }
    QByteArray host() const { return m_host; }

    // POST /?Action=…&Version=… with a JSON body; signs content-type;host;x-content-sha256;x-date by default.
    emu::HttpRequest volc(const QString &action, const QString &version, const QString &service, const QByteArray &body,
                          const QDateTime &when, const QString &region = QStringLiteral("cn-beijing"),
                          const QList<QByteArray> &signedHeaders = {}) const;
    // GET /?Action=…&Version=…&params (the gateway's read form), empty body, signs host;x-date.
    emu::HttpRequest volcGet(const QString &action, const QString &version, const QString &service,
                             const QList<QPair<QString, QString>> &params, const QDateTime &when) const;
    // POST /?params with an empty body and the x-acs-* headers.
    emu::HttpRequest acs(const QString &action, const QList<QPair<QString, QString>> &params, const QDateTime &when,
                         const QByteArray &nonce = QByteArray(),
                         const QString &version = QStringLiteral("2021-05-15"),
                         const QByteArray &contentType = QByteArray()) const;

    static QByteArray encodeQuery(const QList<QPair<QString, QString>> &params);

private:
    QString m_accessKeyId;
    QByteArray m_secret;
    QByteArray m_host = "127.0.0.1";
};
