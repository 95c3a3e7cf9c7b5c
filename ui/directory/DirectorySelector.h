// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "cloud/DirectoryRecords.h"
#include <QPointer>
#include <QWidget>

class DirectoryBackend;
class QComboBox;
class QLabel;
class QToolButton;
class Session;

// CloudSSO: the directory the panes work in. Lists the account's directories (ListDirectories), picks the
// one remembered for the profile (QSettings `directories/<profile name>`), else the profile's default, else
// the first, and sets it on the Session (Session::setDirectoryId; the panes reload on directoryChanged).
// Hidden for services without directories.
class DirectorySelector : public QWidget
{
    Q_OBJECT
public:
    explicit DirectorySelector(QWidget *parent = nullptr);

    // nullptr session or a backend without directories: hides itself.
    void setBackend(Session *session, DirectoryBackend *backend);
    bool isNeeded() const { return m_needed; }
    // Lists the directories once per session (again with reload()).
    void load();
    void reload();
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    QList<DirectoryInfo> directories() const { return m_directories; }
    QString currentDirectoryId() const;
    // Chooses a directory as if the person picked it (remembered, set on the session).
    bool selectDirectory(const QString &id);
    QComboBox *comboBox() const { return m_combo; }
    ApiError lastError() const { return m_error; }

    static QString settingsKey(const QString &profileName);
    static QString rememberedDirectory(const QString &profileName);

signals:
    // The listing answered (ok: at least it did not fail; the list may be empty).
    void loaded(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void onActivated(int index);
    void syncFromSession();

    QPointer<Session> m_session;
    QPointer<DirectoryBackend> m_backend;
    QObject *m_owner = nullptr;
    QLabel *m_label = nullptr;
    QComboBox *m_combo = nullptr;
    QToolButton *m_reload = nullptr;
    QLabel *m_status = nullptr;
    QList<DirectoryInfo> m_directories;
    ApiError m_error;
    bool m_needed = false;
    bool m_loaded = false;
    bool m_loading = false;
};
