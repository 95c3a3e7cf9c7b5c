// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "api/Credentials.h"
#include "api/ExchangeRecord.h"
#include "credentials/Profile.h"
#include <QObject>

// The live connection of one profile: an ApiClient configured from the profile and its secret.
// The main window creates one per profile switch; deleting it cancels every request it owns.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(const Profile &profile, const Credentials &credentials, QObject *parent = nullptr);
    ~Session() override;

    const Profile &profile() const { return m_profile; }
    ApiClient *client() const { return m_client; }
    bool hasService(Service s) const { return m_profile.hasService(s); }
    // CloudSSO: the directory the panes work in (from the profile, then the selector).
    QString directoryId() const { return m_directoryId; }
    void setDirectoryId(const QString &id);
    // Configures an ApiClient from a profile (endpoints, region, CA bundle). Returns an error message or empty.
    static QString configureClient(ApiClient *client, const Profile &profile, const Credentials &credentials);

signals:
    // The client's exchanges with the profile name filled in (activity log, status bar).
    void exchangeFinished(const ExchangeRecord &record);
    void directoryChanged(const QString &directoryId);

private:
    Profile m_profile;
    ApiClient *m_client = nullptr;
    QString m_directoryId;
};
