import Entitlements
import EntitlementsProtocol
import Foundation

// Placeholder until the CLI lands.
print("entitlements")
