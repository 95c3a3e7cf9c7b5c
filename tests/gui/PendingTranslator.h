// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QTranslator>

// The translations of strings the catalog does not hold yet (translations/pending/*.tsv: source, context and
// zh_CN, one per line, merged into idconsole_zh_CN.ts by the lead): served while the language is Chinese, so
// texts and names added by a branch are checked in Chinese before the merge. Once merged, the .qm serves them
// first.
class PendingTranslator : public QTranslator
{
public:
    // Reads every pending file; returns the number of translations.
    int load();
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override;
    bool isEmpty() const override { return m_map.isEmpty(); }

private:
    QHash<QString, QString> m_map;
};
