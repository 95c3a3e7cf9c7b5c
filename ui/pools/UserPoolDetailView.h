// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/UserPool.h"
#include <QHash>
#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QScrollArea;

// Every field of one user pool, grouped, with copyable values (selectable text and a copy button)
// and clickable URLs. Shows list fields at once and the rest when the full object has arrived.
class UserPoolDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit UserPoolDetailView(QWidget *parent = nullptr);

    void setPool(const UserPool &pool, std::optional<double> mau = std::nullopt, const QString &mauMonth = {});
    void clear();
    UserPool pool() const { return m_pool; }
    bool hasPool() const { return m_hasPool; }

    // The text shown for a field (JSON field name, e.g. "Uid", "IssuerUrl", "PasswordSignInEnabled"), for tests.
    QString valueText(const QString &field) const;
    QStringList fields() const { return m_values.keys(); }
    // Copies a field's value to the clipboard (times as sent by the server, RFC 3339); false if not shown.
    bool copyValue(const QString &field);

    // The users / applications / identity providers counts are links (TotalUsers, TotalClients, TotalConnections): activates one as a
    // click would; false if the field is not a shown link.
    bool activateCountLink(const QString &field);

signals:
    void valueCopied(const QString &field, const QString &value);
    // A count link was clicked: "TotalUsers", "TotalClients" (applications) or "TotalConnections" (identity
    // providers).
    void countLinkActivated(const QString &field, const QString &poolUid);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Kind { Text, Url, Multiline };
    void rebuild();
    void addSection(const QString &title);
    // copyText: what the copy button puts on the clipboard (default: value).
    void addRow(const QString &field, const QString &label, const QString &value, Kind kind = Kind::Text,
                const QString &tooltip = {}, const QString &copyText = {});
    QString yesNo(std::optional<bool> value) const;
    // Turns the value of an added row into a link that emits countLinkActivated(field).
    void linkValue(const QString &field, const QString &tooltip);

    QScrollArea *m_scroll = nullptr;
    QWidget *m_body = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_placeholder = nullptr;
    UserPool m_pool;
    std::optional<double> m_mau;
    QString m_mauMonth;
    bool m_hasPool = false;
    QString m_shownUid;
    QHash<QString, QString> m_values;
    QHash<QString, QString> m_copyValues;
};
