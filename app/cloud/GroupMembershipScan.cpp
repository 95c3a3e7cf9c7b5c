// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/GroupMembershipScan.h"

#include "api/ApiClient.h"
#include "cloud/RecordMapping.h"
#include <QTimer>

GroupMembershipScan::GroupMembershipScan(ApiClient *client, const Spec &spec, const QString &userId, QObject *owner,
                                         Callback done, QObject *parent)
    : QObject(parent), m_client(client), m_spec(spec), m_userId(userId), m_owner(owner), m_hadOwner(owner != nullptr),
      m_done(std::move(done))
{
    m_spec.maxInFlight = qMax(1, m_spec.maxInFlight);
    if (owner) {
        connect(owner, &QObject::destroyed, this, [this] {
            m_delivered = true;
            m_client->cancelAll(this);
            deleteLater();
        });
    }
}

void GroupMembershipScan::start()
{
    CallOptions options;
    options.owner = this;
    ApiCall *call = m_client->listAll(m_spec.service, QStringLiteral("ListGroups"), m_spec.baseParams, options, 100);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &r) {
        if (m_delivered)
            return;
        if (!r.ok) {
            deliver(r.error);
            return;
        }
        m_requestId = r.requestId;
        for (const QJsonValue &v : r.items)
            if (v.isObject())
                m_groups.append(v.toObject());
        m_member = QList<bool>(m_groups.size(), false);
        if (m_groups.isEmpty()) {
            deliver(ApiError());
            return;
        }
        startMore();
    });
}

void GroupMembershipScan::startMore()
{
    while (!m_delivered && m_inFlight < m_spec.maxInFlight && m_next < m_groups.size()) {
        const int index = m_next++;
        QJsonObject params = m_spec.baseParams;
        params.insert(QStringLiteral("GroupId"), RecordMapping::string(m_groups.at(index), QStringLiteral("GroupId")));
        CallOptions options;
        options.owner = this;
        ApiCall *call = m_client->listAll(m_spec.service, QStringLiteral("ListGroupMembers"), params, options, 100);
        ++m_inFlight;
        m_maxObserved = qMax(m_maxObserved, m_inFlight);
        connect(call, &ApiCall::finished, this, [this, index](const ApiResult &r) { memberListFinished(index, r); });
    }
}

void GroupMembershipScan::memberListFinished(int groupIndex, const ApiResult &r)
{
    --m_inFlight;
    if (m_delivered)
        return;
    if (!r.ok) {
        deliver(r.error);
        return;
    }
    for (const QJsonValue &v : r.items) {
        if (RecordMapping::string(v.toObject(), QStringLiteral("UserId")) == m_userId) {
            m_member[groupIndex] = true;
            break;
        }
    }
    ++m_finished;
    if (m_finished == m_groups.size()) {
        deliver(ApiError());
        return;
    }
    startMore();
}

void GroupMembershipScan::deliver(const ApiError &error)
{
    if (m_delivered)
        return;
    m_delivered = true;
    if (error.isError())
        m_client->cancelAll(this);
    Page<DirectoryGroup> page;
    for (int i = 0; i < m_groups.size(); ++i)
        if (m_member.value(i))
            page.items.append(m_spec.mapGroup ? m_spec.mapGroup(m_groups.at(i)) : DirectoryGroup());
    page.total = error.isError() ? -1 : page.items.size();
    page.requestId = m_requestId;
    page.error = error;
    deleteLater();
    if (m_hadOwner && !m_owner)
        return;
    if (m_done)
        m_done(page);
}
