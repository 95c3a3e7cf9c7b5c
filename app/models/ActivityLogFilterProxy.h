// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordFilterProxy.h"

class ActivityLogModel;

// RecordFilterProxy over the activity log (sorting on raw values, quick text) with its two own filters:
// errors only, and one service (an exact filter on the Service column).
class ActivityLogFilterProxy : public RecordFilterProxy
{
    Q_OBJECT
public:
    using RecordFilterProxy::RecordFilterProxy;

    void setSourceModel(QAbstractItemModel *model) override;
    void setErrorsOnly(bool on);
    bool errorsOnly() const { return m_errorsOnly; }
    // "" = every service, otherwise "id" / "cloudidentity" / "cloudsso".
    void setServiceFilter(const QString &service);
    QString serviceFilter() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ActivityLogModel *m_log = nullptr;
    bool m_errorsOnly = false;
};
