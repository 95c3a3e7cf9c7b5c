// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/Session.h"

Session::Session(const Profile &profile, const Credentials &credentials, QObject *parent)
    : QObject(parent), m_profile(profile), m_client(new ApiClient(this)), m_directoryId(profile.defaultDirectory)
{
    configureClient(m_client, m_profile, credentials);
    connect(m_client, &ApiClient::exchangeFinished, this, [this](ExchangeRecord record) {
        record.profile = m_profile.name;
        emit exchangeFinished(record);
    });
}

Session::~Session()
{
    m_client->cancelAll();
}

void Session::setDirectoryId(const QString &id)
{
    if (id == m_directoryId)
        return;
    m_directoryId = id;
    emit directoryChanged(id);
}

QString Session::configureClient(ApiClient *client, const Profile &profile, const Credentials &credentials)
{
    client->setCredentials(credentials);
    client->setRegion(profile.region);
    for (auto it = profile.endpoints.cbegin(); it != profile.endpoints.cend(); ++it) {
        if (const auto s = ServiceCatalog::fromName(it.key()); s && !it.value().isEmpty())
            client->setEndpoint(*s, QUrl(it.value()));
    }
    QString error;
    if (!profile.caBundle.isEmpty() && !client->setCaBundle(profile.caBundle, &error))
        return error;
    return {};
}
