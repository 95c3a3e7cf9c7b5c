// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/CredentialStore.h"

#include <QPointer>

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<CredentialResult>();
}

CredentialStore::~CredentialStore() = default;

void CredentialStore::copy(const QString &from, const QString &to, QObject *context, Callback done)
{
    QObject *ctx = context ? context : this;
    QPointer<QObject> guard(ctx);
    read(from, ctx, [this, to, guard, done](const CredentialResult &r) {
        if (!r.ok()) {
            done(r);
            return;
        }
        write(to, r.secretKey, r.sessionToken, guard.data(), done);
    });
}

void CredentialStore::move(const QString &from, const QString &to, QObject *context, Callback done)
{
    if (from == to) {
        read(from, context, [done](const CredentialResult &r) {
            CredentialResult out = r;
            out.secretKey.clear();
            out.sessionToken.clear();
            done(out);
        });
        return;
    }
    QObject *ctx = context ? context : this;
    QPointer<QObject> guard(ctx);
    copy(from, to, ctx, [this, from, guard, done](const CredentialResult &r) {
        if (!r.ok()) {
            done(r);
            return;
        }
        remove(from, guard.data(), done);
    });
}
