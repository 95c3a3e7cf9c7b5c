// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace emu {

class IdPoolUserTable;
class ParamReader;
struct IdPoolUser;

// The Filter of ListUsers (volcengine-id.md §7.2): string filters (contains, case-insensitive), the Or lists,
// UniversalSearch, and the bool filters <StringFilter>IsNullOrEmpty, NotInAnyGroup, NotInAnyDepartment,
// EmailIsDuplicated, PhoneNumberIsDuplicated. DepartmentUidRecursive changes nothing here (the emulator has no
// department tree). [emulator] CustomAttributeFilter is accepted but not applied (its operators are not
// published); the emulator's users have no external identities, so a non-empty ExternalProviderUserIdentifiersOr
// matches nobody.
class IdPoolUserFilter
{
public:
    // Reads and validates Filter (an empty filter when there is none).
    explicit IdPoolUserFilter(const ParamReader &params);

    // False when every user matches (no scan needed).
    bool isActive() const;
    // The duplicate filters need the pool's e-mail and phone counts first: one extra scan, only when asked for.
    void countDuplicates(const IdPoolUserTable &users);
    bool matches(const IdPoolUser &user) const;

    // A user's value for a filter or search field (a claim, Connection, GroupUid, Uid, …).
    static QString fieldValue(const IdPoolUser &user, const QString &field);

private:
    struct Search
    {
        QString text;
        QStringList fields;
        bool exact = false;
    };

    QList<QPair<QString, QString>> m_stringFilters;
    QStringList m_uidsOr;
    QStringList m_groupUidsOr;
    QList<Search> m_searches;
    QList<QPair<QString, bool>> m_nullOrEmpty;
    std::optional<bool> m_notInAnyGroup;
    std::optional<bool> m_notInAnyDepartment;
    std::optional<bool> m_emailDuplicated;
    std::optional<bool> m_phoneDuplicated;
    bool m_externalIdsGiven = false;
    QHash<QString, int> m_emailCounts;
    QHash<QString, int> m_phoneCounts;
};

} // namespace emu
