// SPDX-License-Identifier: GPL-3.0-or-later
// JSON-to-record mapping of every backend: Cloud Identity and CloudSSO users, groups, members, events and
// directories (RecordMapping), Agent Identity user pools (UserPool::fromJson, mergeListItem) and MAU answers
// (UserPoolService::parseMaus), then the table models that show those records (every cell, every role).
// The input is JSON text: an object is mapped as a whole and each list field in it item by item; an array is
// mapped item by item.
#include "models/GroupListModel.h"
#include "models/GroupMemberModel.h"
#include "models/ProvisioningEventModel.h"
#include "cloud/RecordMapping.h"
#include "models/UserListModel.h"
#include "cloud/UserPool.h"
#include "models/UserPoolModel.h"
#include "cloud/UserPoolService.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdint>

namespace {
const char *const ListFields[] = {"Users", "Groups", "Members", "UserProvisioningEvent", "UserProvisioningEvents",
                                  "Directories", "Data", "UserPoolMaus", "Items", "Result"};

void touchModel(const QAbstractItemModel &model)
{
    const int rows = qMin(model.rowCount(), 64);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex i = model.index(r, c);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole), int(Qt::ForegroundRole),
                             int(Qt::DecorationRole), int(Qt::TextAlignmentRole), int(Qt::UserRole),
                             int(Qt::UserRole) + 1, int(Qt::UserRole) + 2, int(Qt::UserRole) + 3})
                (void)model.data(i, role);
        }
}

void mapObjects(const QList<QJsonObject> &objects)
{
    QList<DirectoryUser> users;
    QList<DirectoryGroup> groups;
    QList<GroupMember> members;
    QList<ProvisioningEvent> events;
    QList<UserPool> pools;
    for (const QJsonObject &o : objects) {
        (void)RecordMapping::cloudSsoDirectory(o);
        users << RecordMapping::cloudIdentityUser(o) << RecordMapping::cloudSsoUser(o);
        groups << RecordMapping::cloudIdentityGroup(o) << RecordMapping::cloudSsoGroup(o);
        members << RecordMapping::cloudIdentityMember(o, QStringLiteral("25000001"))
                << RecordMapping::cloudSsoMember(o, QStringLiteral("g-001"));
        events << RecordMapping::cloudIdentityEvent(o) << RecordMapping::cloudSsoEvent(o);
        const QString status = RecordMapping::cloudSsoEventStatus(o);
        if (status != RecordMapping::statusPending() && status != RecordMapping::statusProvisionFailed()
            && status != RecordMapping::statusDeleteProvisionFailed())
            __builtin_trap(); // the derived status is always one of the three
        (void)RecordMapping::integer(o, QStringLiteral("ErrorCount"));
        UserPool full = UserPool::fromJson(o, true);
        const UserPool item = UserPool::fromJson(o, false);
        full.mergeListItem(item);
        for (const QString &field : UserPool::switchFields())
            (void)full.switchValue(field);
        (void)full.created();
        (void)full.updated();
        pools << full << item;
    }
    // The models the panes show these records in (duplicate ids update rows in place).
    UserListModel userModel;
    userModel.appendUsers(users);
    touchModel(userModel);
    for (int r = 0; r < qMin(userModel.rowCount(), 8); ++r) {
        (void)userModel.user(r);
        (void)userModel.rowContains(r, QStringLiteral("a"));
        if (r > 0)
            for (int c = 0; c < userModel.columnCount(); ++c)
                (void)userModel.compareRows(r - 1, r, c);
    }
    GroupListModel groupModel;
    groupModel.appendGroups(groups);
    touchModel(groupModel);
    GroupMemberModel memberModel;
    memberModel.appendMembers(members);
    touchModel(memberModel);
    ProvisioningEventModel eventModel;
    eventModel.appendEvents(events);
    touchModel(eventModel);
    UserPoolModel poolModel;
    poolModel.upsertListItems(pools);
    touchModel(poolModel);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char arg0[] = "fuzz_record_mapping";
    static char *argv[] = {arg0, nullptr};
    static QCoreApplication app(argc, argv);

    if (size > 256 * 1024)
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    QList<QJsonObject> objects;
    if (doc.isArray()) {
        objects = RecordMapping::objects(doc.array());
    } else if (doc.isObject()) {
        const QJsonObject root = doc.object();
        objects << root;
        QStringList uids;
        for (const char *field : ListFields) {
            const QList<QJsonObject> list = RecordMapping::objects(root.value(QLatin1String(field)));
            for (const QJsonObject &o : list)
                uids << RecordMapping::string(o, QStringLiteral("UserPoolUid"));
            objects << list;
        }
        const QHash<QString, double> maus = UserPoolService::parseMaus(root, uids);
        if (maus.size() < QSet<QString>(uids.begin(), uids.end()).size())
            __builtin_trap(); // every requested pool has a value (0 when the answer leaves it out)
        UserPoolModel poolModel;
        QList<UserPool> pools;
        for (const QJsonObject &o : std::as_const(objects))
            pools << UserPool::fromJson(o, false);
        poolModel.upsertListItems(pools);
        poolModel.setMaus(maus, QStringLiteral("2025-01"));
        touchModel(poolModel);
    } else {
        return 0;
    }
    if (objects.size() > 2000)
        objects.resize(2000);
    mapObjects(objects);
    return 0;
}
