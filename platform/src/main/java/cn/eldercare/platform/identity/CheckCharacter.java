package cn.eldercare.platform.identity;

/**
 * The weighted check character both national identifiers end in: the sum of each character's value times its
 * position's weight, taken modulo the length of {@code byRemainder}, picks the check character.
 *
 * @param alphabet    the characters of the body, each worth its index
 * @param weights     one weight per body position
 * @param byRemainder the check character for each remainder
 */
record CheckCharacter(String alphabet, int[] weights, String byRemainder) {

    char of(String body) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += alphabet.indexOf(body.charAt(i)) * weights[i];
        }
        return byRemainder.charAt(sum % byRemainder.length());
    }
}
