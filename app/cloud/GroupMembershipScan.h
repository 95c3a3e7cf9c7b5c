// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "cloud/DirectoryRecords.h"
#include "api/ServiceCatalog.h"
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class ApiClient;
class ApiCall;

// The groups a user belongs to, found the only way both directory services allow: list every group, then
// every group's members, at most `maxInFlight` member listings at a time (default 4). Delivers the groups in
// listing order; on the first error the remaining listings are cancelled and the groups found so far are
// delivered with the error. Deletes itself when done; the callback never runs if `owner` died first.
class GroupMembershipScan : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        Service service = Service::CloudIdentity;
        QJsonObject baseParams;                                   // e.g. {"DirectoryId": "d-…"}
        std::function<DirectoryGroup(const QJsonObject &)> mapGroup;
        int maxInFlight = 4;
    };
    using Callback = std::function<void(const Page<DirectoryGroup> &)>;

    GroupMembershipScan(ApiClient *client, const Spec &spec, const QString &userId, QObject *owner, Callback done,
                        QObject *parent);
    void start();
    int maxObservedInFlight() const { return m_maxObserved; }

private:
    void startMore();
    void memberListFinished(int groupIndex, const ApiResult &result);
    void deliver(const ApiError &error);

    ApiClient *m_client = nullptr;
    Spec m_spec;
    QString m_userId;
    QPointer<QObject> m_owner;
    bool m_hadOwner = false;
    Callback m_done;
    QList<QJsonObject> m_groups;
    QList<bool> m_member;
    int m_next = 0;
    int m_inFlight = 0;
    int m_finished = 0;
    int m_maxObserved = 0;
    bool m_delivered = false;
    QString m_requestId;
};
