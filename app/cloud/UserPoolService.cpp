// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/UserPoolService.h"
#include <QSet>

#include "cloud/BulkOperation.h"

#include "api/ApiClient.h"
#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

namespace {
const QString kIdService = QStringLiteral("id");

bool hasControlCharacters(const QString &s, bool allowNewlines)
{
    for (const QChar c : s) {
        if (allowNewlines && (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

void checkName(const QString &name, QList<UserPoolService::FieldProblem> *out)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        out->append({QStringLiteral("Name"), UserPoolService::tr("Enter a name for the user pool.")});
    else if (n.size() > UserPoolService::kMaxNameLength)
        out->append({QStringLiteral("Name"),
                     UserPoolService::tr("The name is too long (at most %1 characters).").arg(UserPoolService::kMaxNameLength)});
    else if (hasControlCharacters(n, false))
        out->append({QStringLiteral("Name"), UserPoolService::tr("The name cannot contain control characters or line breaks.")});
}

void checkDescription(const QString &d, QList<UserPoolService::FieldProblem> *out)
{
    if (d.size() > UserPoolService::kMaxDescriptionLength)
        out->append({QStringLiteral("Description"),
                     UserPoolService::tr("The description is too long (at most %1 characters).")
                         .arg(UserPoolService::kMaxDescriptionLength)});
    else if (hasControlCharacters(d, true))
        out->append({QStringLiteral("Description"), UserPoolService::tr("The description cannot contain control characters.")});
}
}

UserPoolService::UserPoolService(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

ApiCall *UserPoolService::send(const QString &action, const QJsonObject &params, QObject *owner,
                               std::function<void(const ApiResult &)> handler)
{
    if (!m_client) {
        refuse(action, {{QString(), tr("Not connected.")}}, owner, std::move(handler));
        return nullptr;
    }
    CallOptions options;
    options.owner = owner;
    ApiCall *call = m_client->call(Service::Id, action, params, options);
    connect(call, &ApiCall::finished, owner ? owner : this, std::move(handler));
    return call;
}

void UserPoolService::refuse(const QString &action, const QList<FieldProblem> &problems, QObject *owner,
                             std::function<void(const ApiResult &)> handler)
{
    QStringList messages;
    for (const FieldProblem &p : problems)
        messages << p.message;
    ApiResult result;
    result.error = ApiError::make(ApiError::Kind::InvalidInput,
                                  problems.isEmpty() || problems.first().field.isEmpty()
                                      ? QStringLiteral("InvalidInput")
                                      : QStringLiteral("InvalidParameter.%1").arg(problems.first().field),
                                  messages.join(QLatin1Char(' ')));
    result.error.service = kIdService;
    result.error.action = action;
    QTimer::singleShot(0, owner ? owner : this, [handler = std::move(handler), result] { handler(result); });
}

ApiCall *UserPoolService::listUserPools(QObject *owner, ListCallback done, PageCallback onPage)
{
    const QString action = QStringLiteral("ListUserPools");
    if (!m_client) {
        refuse(action, {{QString(), tr("Not connected.")}}, owner,
               [done](const ApiResult &r) { done({}, r); });
        return nullptr;
    }
    CallOptions options;
    options.owner = owner;
    ApiCall *call = m_client->listAll(Service::Id, action, {}, options, 100);
    QObject *context = owner ? owner : this;
    if (onPage) {
        connect(call, &ApiCall::pageArrived, context, [onPage](const QJsonArray &items, int pageIndex, qint64 total) {
            QList<UserPool> pools;
            pools.reserve(items.size());
            for (const QJsonValue &v : items)
                pools.append(UserPool::fromJson(v.toObject(), false));
            onPage(pools, pageIndex, total);
        });
    }
    connect(call, &ApiCall::finished, context, [done](const ApiResult &r) {
        QList<UserPool> pools;
        if (r.ok) {
            pools.reserve(r.items.size());
            for (const QJsonValue &v : r.items)
                pools.append(UserPool::fromJson(v.toObject(), false));
        }
        done(pools, r);
    });
    return call;
}

ApiCall *UserPoolService::getUserPool(const QString &uid, QObject *owner, PoolCallback done)
{
    const QString action = QStringLiteral("GetUserPool");
    auto handler = [done](const ApiResult &r) { done(r.ok ? UserPool::fromJson(r.result, true) : UserPool(), r); };
    if (uid.isEmpty()) {
        refuse(action, {{QStringLiteral("UserPoolUid"), tr("No user pool given.")}}, owner, handler);
        return nullptr;
    }
    return send(action, QJsonObject{{QStringLiteral("UserPoolUid"), uid}}, owner, handler);
}

ApiCall *UserPoolService::createUserPool(const Draft &draft, QObject *owner, PoolCallback done)
{
    const QString action = QStringLiteral("CreateUserPool");
    auto handler = [done](const ApiResult &r) { done(r.ok ? UserPool::fromJson(r.result, true) : UserPool(), r); };
    const QList<FieldProblem> problems = validateDraft(draft);
    if (!problems.isEmpty()) {
        refuse(action, problems, owner, handler);
        return nullptr;
    }
    return send(action, createParams(draft), owner, handler);
}

ApiCall *UserPoolService::updateUserPool(const QString &uid, const Changes &changes, QObject *owner, PoolCallback done)
{
    const QString action = QStringLiteral("UpdateUserPool");
    auto handler = [done](const ApiResult &r) { done(r.ok ? UserPool::fromJson(r.result, true) : UserPool(), r); };
    QList<FieldProblem> problems = validateChanges(changes);
    if (uid.isEmpty())
        problems.prepend({QStringLiteral("UserPoolUid"), tr("No user pool given.")});
    if (!problems.isEmpty()) {
        refuse(action, problems, owner, handler);
        return nullptr;
    }
    return send(action, updateParams(uid, changes), owner, handler);
}

ApiCall *UserPoolService::deleteUserPool(const QString &uid, QObject *owner, DoneCallback done)
{
    const QString action = QStringLiteral("DeleteUserPool");
    if (uid.isEmpty()) {
        refuse(action, {{QStringLiteral("UserPoolUid"), tr("No user pool given.")}}, owner, done);
        return nullptr;
    }
    return send(action, QJsonObject{{QStringLiteral("UserPoolUid"), uid}}, owner, done);
}

ApiCall *UserPoolService::setUserPoolEnabled(const QString &uid, bool enabled, QObject *owner, DoneCallback done)
{
    const QString action = QStringLiteral("UpdateEnableUserPool");
    if (uid.isEmpty()) {
        refuse(action, {{QStringLiteral("UserPoolUid"), tr("No user pool given.")}}, owner, done);
        return nullptr;
    }
    return send(action, enableParams(uid, enabled), owner, done);
}

ApiCall *UserPoolService::getUserPoolMaus(const QStringList &uids, const QString &month, QObject *owner,
                                          MausCallback done)
{
    const QString action = QStringLiteral("GetUserPoolMaus");
    const QString m = month.isEmpty() ? currentMonth() : month;
    auto handler = [done, uids, m](const ApiResult &r) {
        const QString answered = r.result.value(QLatin1String("Month")).toString();
        done(r.ok ? parseMaus(r.result, uids) : QHash<QString, double>(), answered.isEmpty() ? m : answered, r);
    };
    if (!isValidMonth(m)) {
        refuse(action, {{QStringLiteral("Month"), tr("The month must look like 2025-12 (YYYY-MM).")}}, owner, handler);
        return nullptr;
    }
    return send(action, mausParams(uids, m), owner, handler);
}

QJsonObject UserPoolService::createParams(const Draft &draft)
{
    QJsonObject p{{QStringLiteral("Name"), draft.name.trimmed()}};
    if (!draft.description.isEmpty())
        p.insert(QStringLiteral("Description"), draft.description);
    if (!draft.projectName.trimmed().isEmpty())
        p.insert(QStringLiteral("ProjectName"), draft.projectName.trimmed());
    if (!draft.signInAttributes.isEmpty())
        p.insert(QStringLiteral("SignInAttributes"), QJsonArray::fromStringList(draft.signInAttributes));
    if (!draft.requiredSignUpAttributes.isEmpty())
        p.insert(QStringLiteral("RequiredSignUpAttributes"), QJsonArray::fromStringList(draft.requiredSignUpAttributes));
    if (!draft.tags.isEmpty()) {
        QJsonArray tags;
        for (const auto &t : draft.tags)
            tags.append(QJsonObject{{QStringLiteral("Key"), t.first}, {QStringLiteral("Value"), t.second}});
        p.insert(QStringLiteral("Tags"), tags);
    }
    return p;
}

QStringList UserPoolService::signInAttributeValues()
{
    return {QStringLiteral("preferred_username"), QStringLiteral("phone_number"), QStringLiteral("email")};
}

QJsonObject UserPoolService::updateParams(const QString &uid, const Changes &changes)
{
    QJsonObject p{{QStringLiteral("UserPoolUid"), uid}};
    if (changes.name)
        p.insert(QStringLiteral("Name"), changes.name->trimmed());
    if (changes.description)
        p.insert(QStringLiteral("Description"), *changes.description);
    for (auto it = changes.switches.cbegin(); it != changes.switches.cend(); ++it)
        if (UserPool::switchFields().contains(it.key()))
            p.insert(it.key(), it.value());
    return p;
}

BulkTarget::Request UserPoolService::bulkRequest(const BulkOperation &op, int index) const
{
    const QString uid = op.targetId(index);
    QString action;
    switch (op.kind()) {
    case BulkOperation::Kind::SetPoolsEnabled:
        action = QStringLiteral("UpdateEnableUserPool");
        break;
    case BulkOperation::Kind::DeletePools:
        action = QStringLiteral("DeleteUserPool");
        break;
    default:
        return BulkTarget::refuse(Service::Id, QString(), QStringLiteral("NotSupported"),
                      tr("User pools have no such operation."));
    }
    if (uid.isEmpty())
        return BulkTarget::refuse(Service::Id, action, QStringLiteral("InvalidParameter.UserPoolUid"), tr("No user pool given."));
    Request r;
    r.action = action;
    r.params = op.kind() == BulkOperation::Kind::SetPoolsEnabled ? enableParams(uid, op.enabled())
                                                                : QJsonObject{{QStringLiteral("UserPoolUid"), uid}};
    return r;
}

QJsonObject UserPoolService::enableParams(const QString &uid, bool enabled)
{
    return QJsonObject{{QStringLiteral("UserPoolUid"), uid},
                       {QStringLiteral("Enabled"), enabled ? QStringLiteral("true") : QStringLiteral("false")}};
}

QJsonObject UserPoolService::mausParams(const QStringList &uids, const QString &month)
{
    QJsonObject p{{QStringLiteral("Month"), month}};
    if (!uids.isEmpty())
        p.insert(QStringLiteral("UserPoolUids"), QJsonArray::fromStringList(uids));
    return p;
}

QHash<QString, double> UserPoolService::parseMaus(const QJsonObject &result, const QStringList &uids)
{
    QHash<QString, double> out;
    for (const QString &uid : uids)
        out.insert(uid, 0.0);   // missing from the answer: 0
    for (const QJsonValue &v : result.value(QLatin1String("UserPoolMaus")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString uid = o.value(QLatin1String("UserPoolUid")).toString();
        if (uid.isEmpty())
            continue;
        const QJsonValue mau = o.value(QLatin1String("Mau"));
        out.insert(uid, mau.isString() ? mau.toString().toDouble() : mau.toDouble());
    }
    return out;
}

QList<UserPoolService::FieldProblem> UserPoolService::validateDraft(const Draft &draft)
{
    QList<FieldProblem> out;
    checkName(draft.name, &out);
    checkDescription(draft.description, &out);
    const QString project = draft.projectName.trimmed();
    if (project.size() > kMaxProjectNameLength)
        out.append({QStringLiteral("ProjectName"),
                    tr("The project name is too long (at most %1 characters).").arg(kMaxProjectNameLength)});
    else if (hasControlCharacters(project, false))
        out.append({QStringLiteral("ProjectName"), tr("The project name cannot contain control characters.")});
    // Values outside the documented set are refused before sending (the cloud's own list is not published
    // beyond these three; volcengine-id.md §2).
    for (const QString &a : draft.signInAttributes + draft.requiredSignUpAttributes) {
        if (!signInAttributeValues().contains(a)) {
            out.append({draft.signInAttributes.contains(a) ? QStringLiteral("SignInAttributes")
                                                           : QStringLiteral("RequiredSignUpAttributes"),
                        tr("Unknown sign-in attribute \"%1\".").arg(a)});
            break;
        }
    }
    QSet<QString> keys;
    for (const auto &t : draft.tags) {
        const QString key = t.first.trimmed();
        if (key.isEmpty()) {
            out.append({QStringLiteral("Tags"), tr("Every tag needs a key.")});
            break;
        }
        // The docs publish no tag limits; a key twice is refused here because the pool's Tags hold one value per
        // key (the other services' tag rules) and the second would silently win or fail.
        if (keys.contains(key)) {
            out.append({QStringLiteral("Tags"), tr("The tag key \"%1\" appears more than once.").arg(key)});
            break;
        }
        keys.insert(key);
        if (hasControlCharacters(key, false) || hasControlCharacters(t.second, false)) {
            out.append({QStringLiteral("Tags"), tr("Tags cannot contain control characters.")});
            break;
        }
    }
    return out;
}

QList<UserPoolService::FieldProblem> UserPoolService::validateChanges(const Changes &changes)
{
    QList<FieldProblem> out;
    if (changes.name)
        checkName(*changes.name, &out);
    if (changes.description)
        checkDescription(*changes.description, &out);
    return out;
}

bool UserPoolService::isValidMonth(const QString &month)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    return re.match(month).hasMatch();
}

QString UserPoolService::currentMonth()
{
    return QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
}

QString UserPoolService::switchTitle(const QString &field)
{
    switch (UserPool::switchFields().indexOf(field)) {
    case 0: return tr("Password sign-in");
    case 1: return tr("Self sign-up");
    case 2: return tr("Self-service account recovery");
    case 3: return tr("Verify automatically at sign-up");
    case 4: return tr("Sign-in before confirmation");
    case 5: return tr("Passwordless sign-in by email");
    case 6: return tr("Passwordless sign-in by SMS");
    case 7: return tr("Anonymous sign-up by email");
    case 8: return tr("Anonymous sign-up by SMS");
    default: return field;
    }
}

QString UserPoolService::switchDescription(const QString &field)
{
    switch (UserPool::switchFields().indexOf(field)) {
    case 0: return tr("Users can sign in with a password.");
    case 1: return tr("People can create their own account on the pool's sign-in page.");
    case 2: return tr("Users can recover their account themselves (e.g. reset a forgotten password).");
    case 3: return tr("Email addresses and phone numbers given at sign-up are verified automatically.");
    case 4: return tr("Users whose account is not confirmed yet can still sign in.");
    case 5: return tr("Users can sign in with a one-time code sent by email.");
    case 6: return tr("Users can sign in with a one-time code sent by SMS.");
    case 7: return tr("An account is created on the fly when an unknown email address signs in.");
    case 8: return tr("An account is created on the fly when an unknown phone number signs in.");
    default: return {};
    }
}
