// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/BulkTarget.h"
#include <QCoreApplication>
#include <QPointer>

// Sends BulkOperation::rawCalls() as they are: `idconsole-cli batch` reads action and parameters from stdin.
// Every other kind of operation is refused (NotSupported): the console's own batches go through a
// DirectoryBackend or the UserPoolService, which build their requests. An item with an empty action is
// refused (InvalidInput) and never sent.
class RawCallTarget : public BulkTarget
{
    Q_DECLARE_TR_FUNCTIONS(RawCallTarget)
public:
    RawCallTarget(ApiClient *client, Service service);

    ApiClient *bulkClient() const override;
    Service bulkService() const override { return m_service; }
    Request bulkRequest(const BulkOperation &op, int index) const override;

private:
    QPointer<ApiClient> m_client;
    Service m_service;
};
