// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/PoolClientColumns.h"
#include "pools/PoolObjectsPane.h"

#include <QLineEdit>
#include <QPushButton>

// The applications (user-pool clients) of one Agent Identity pool (volcengine-id.md §7b): list, detail with every
// setting (read with GetUserPoolClient), create, edit (changed fields only), delete after confirmation.
// The ClientSecret is fetched only when the admin asks ("Show secret" / "Copy secret"), shown in the detail
// panel until the selection changes, and never kept in the list model, exported or logged.
class PoolClientsPane : public PoolObjectsPane
{
    Q_OBJECT
public:
    explicit PoolClientsPane(QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("applications"); }
    QIcon paneIcon() const override;
    void editSelected() override;
    void openCreateDialog() override;

    // Fetches the selected application's secret and shows it (reveal) or puts it on the clipboard (copy).
    void revealSecret();
    void copySecret();
    void deleteClient(const PoolClient &client);   // no question (describeDelete asks)

    // For tests.
    PoolClientColumns::Model *model() const { return m_model; }
    QLineEdit *secretField() const { return m_secretEdit; }
    QPushButton *showSecretButton() const { return m_showSecret; }
    QPushButton *copySecretButton() const { return m_copySecret; }
    PoolClient selectedClient() const;

signals:
    // The secret was fetched and shown or copied (ok) or could not be fetched.
    void secretFetched(bool ok);

protected:
    void loadList(const QString &poolUid, QObject *owner, const std::function<void(const ApiResult &)> &done) override;
    void clearList() override;
    void renderDetail() override;
    Texts texts() const override;
    QString countText(int n) const override;
    DeleteRequest describeDelete() override;

private:
    void fetchDetail(const QString &uid);
    void fetchSecret(bool copy);
    QWidget *makeSecretRow();

    PoolClientColumns::Model *m_model = nullptr;
    QString m_detailUid;
    PoolClient m_detailClient;           // the full application of m_detailUid, without its secret
    QPointer<QLineEdit> m_secretEdit;    // recreated with each detail render
    QPointer<QPushButton> m_showSecret;
    QPointer<QPushButton> m_copySecret;
    QObject *m_secretOwner = nullptr;
};
