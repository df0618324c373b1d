import SparkleAWS

extension StackOutput {
    /// The output's key as an environment variable's name, as shells and twelve-factor apps spell
    /// them: words split where the case turns, acronyms kept whole, upper case, anything but letters
    /// and digits an underscore (`VpcId` → `VPC_ID`, `DBSubnetGroup` → `DB_SUBNET_GROUP`,
    /// `Subnet1Id` → `SUBNET1_ID`, `PublicSubnetIDs` → `PUBLIC_SUBNET_IDS`).
    public var environmentName: String {
        let characters = Array(key)
        var name = ""
        for (index, character) in characters.enumerated() {
            guard character.isASCII, character.isLetter || character.isNumber else {
                name += "_"
                continue
            }
            if index > 0, character.isUppercase {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let afterNext = index + 2 < characters.count ? characters[index + 2] : nil
                // `IDs`: an acronym's plural s starts no word.
                let isPlural = next == "s" && afterNext?.isLowercase != true
                let startsWord = previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true && !isPlural)
                if startsWord, name.last != "_" { name += "_" }
            }
            name += character.uppercased()
        }
        return name
    }
}
