// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryRecords.h"
#include <QDialog>
#include <QPointer>
#include <QSet>

class DirectoryBackend;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class UserListModel;

// Picks users to add to a group: server-side search (debounced, never blocks typing) through the directory
// backend's user list, paged: the next page loads when the list is scrolled to its end or on "Load more", so
// every user of a large directory can be reached (not only the first page). Several users at once. Users already
// in the group are shown but cannot be picked.
class MemberPickerDialog : public QDialog
{
    Q_OBJECT
public:
    MemberPickerDialog(DirectoryBackend *backend, const QString &groupName, const QSet<QString> &existingMembers,
                       QWidget *parent = nullptr);

    QList<DirectoryUser> selectedUsers() const;
    // For tests.
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    UserListModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *loadMoreButton() const { return m_loadMore; }
    // Asks for the next page (what "Load more" does); false when there is none or one is loading.
    bool loadMore();
    // Applies the pending search now (instead of after the debounce).
    void applySearch();
    bool selectUser(const QString &userId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();

    QPointer<DirectoryBackend> m_backend;
    QString m_groupName;
    QSet<QString> m_existing;
    QLabel *m_intro = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_debounce = nullptr;
    UserListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_loadMore = nullptr;
};
