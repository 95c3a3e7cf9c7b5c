// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/DirectoryBackend.h"

#include "cloud/CloudIdentityBackend.h"
#include "cloud/CloudSsoBackend.h"
#include "cloud/Session.h"

DirectoryBackend::DirectoryBackend(Session *session, QObject *parent)
    : QObject(parent), m_session(session)
{
}

DirectoryBackend *DirectoryBackend::create(Session *session, QObject *parent)
{
    if (!session)
        return nullptr;
    if (session->profile().provider == Profile::Provider::Aliyun)
        return new CloudSsoBackend(session, parent);
    return new CloudIdentityBackend(session, parent);
}
